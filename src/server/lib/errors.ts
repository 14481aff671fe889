// The one errors module: every failure the API reports has a stable code, an HTTP status
// and a Vietnamese message. Modules add their codes to the catalogue below.

export const errorCatalogue = {
  // request shape
  VALIDATION_ERROR: [400, 'Dữ liệu gửi lên không hợp lệ.'],
  INVALID_JSON: [400, 'Nội dung gửi lên không phải JSON hợp lệ.'],
  UNSUPPORTED_MEDIA_TYPE: [415, 'Định dạng nội dung không được hỗ trợ.'],
  PAYLOAD_TOO_LARGE: [413, 'Nội dung gửi lên vượt quá dung lượng cho phép.'],
  FILE_TOO_LARGE: [413, 'Tệp vượt quá dung lượng cho phép.'],
  FILE_TYPE_NOT_ALLOWED: [415, 'Loại tệp không được phép.'],
  BAD_REQUEST: [400, 'Yêu cầu không hợp lệ.'],
  NOT_FOUND: [404, 'Không tìm thấy.'],
  ROUTE_NOT_FOUND: [404, 'Không có địa chỉ API này.'],
  METHOD_NOT_ALLOWED: [405, 'Phương thức không được hỗ trợ.'],
  CONFLICT: [409, 'Dữ liệu đã bị thay đổi hoặc trùng lặp.'],
  REFERENCE_NOT_FOUND: [400, 'Dữ liệu liên kết (đơn vị, văn bản, tệp…) không tồn tại.'],
  MULTIPART_INVALID: [400, 'Nội dung tải lên (multipart) không hợp lệ.'],
  TEXT_HAS_NUL: [400, 'Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL).'],
  DB_BUSY: [503, 'Hệ thống đang bận. Vui lòng thử lại sau giây lát.'],
  DB_UNAVAILABLE: [503, 'Tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.'],
  INTERNAL: [500, 'Hệ thống gặp sự cố. Vui lòng thử lại sau.'],
  // auth
  UNAUTHENTICATED: [401, 'Vui lòng đăng nhập.'],
  INVALID_CREDENTIALS: [401, 'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.'],
  TOO_MANY_ATTEMPTS: [429, 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.'],
  TOO_MANY_PASSWORD_TRIES: [429, 'Nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng thử lại sau 15 phút.'],
  ORIGIN_NOT_ALLOWED: [403, 'Yêu cầu gửi từ trang web khác nên không được chấp nhận.'],
  FORBIDDEN: [403, 'Bạn không có quyền thực hiện thao tác này.'],
  WRONG_PASSWORD: [400, 'Mật khẩu hiện tại không đúng.'],
  WEAK_PASSWORD: [400, 'Mật khẩu mới phải có ít nhất 8 ký tự.'],
  // units & users
  UNIT_NOT_FOUND: [404, 'Không tìm thấy đơn vị.'],
  UNIT_CODE_TAKEN: [409, 'Mã đơn vị đã tồn tại.'],
  UNIT_HAS_RECORDS: [409, 'Đơn vị đã có dữ liệu nên không thể xóa; hãy ngừng hoạt động đơn vị.'],
  UNIT_INACTIVE: [409, 'Đơn vị đã ngừng hoạt động.'],
  CSV_INVALID: [400, 'Tệp CSV không hợp lệ.'],
  USER_NOT_FOUND: [404, 'Không tìm thấy người dùng.'],
  USERNAME_TAKEN: [409, 'Tên đăng nhập đã tồn tại.'],
  UNIT_REQUIRED_FOR_ROLE: [400, 'Cán bộ và thủ trưởng đơn vị phải thuộc một đơn vị.'],
  CANNOT_DISABLE_SELF: [400, 'Không thể tự khóa tài khoản của mình.'],
  // files, documents, tasks, assignments (issue 3)
  FILE_REQUIRED: [400, 'Chưa chọn tệp để tải lên.'],
  FILE_NOT_FOUND: [404, 'Không tìm thấy tệp.'],
  FILE_NOT_IN_UNIT: [400, 'Tệp không thuộc đơn vị của hồ sơ này.'],
  XLSX_INVALID: [400, 'Không đọc được tệp Excel (.xlsx).'],
  XLSX_TOO_LARGE: [413, 'Tệp Excel quá lớn khi giải nén.'],
  XLSX_TOO_MANY_ROWS: [413, 'Tệp Excel có quá nhiều dòng.'],
  XLSX_TOO_MANY_CELLS: [413, 'Tệp Excel có quá nhiều ô dữ liệu.'],
  IMPORT_INVALID: [400, 'Tệp có lỗi; chưa có gì được lưu.'],
  DOCUMENT_NOT_FOUND: [404, 'Không tìm thấy văn bản.'],
  DOCUMENT_NUMBER_TAKEN: [
    409,
    'Văn bản cùng số, ký hiệu của cơ quan ban hành trong năm này đã có trong hệ thống.',
  ],
  DOCUMENT_HAS_TASKS: [409, 'Văn bản đã có nhiệm vụ nên không thể xóa.'],
  DOCUMENT_LINK_INVALID: [400, 'Văn bản không thể liên kết với chính nó.'],
  DOCUMENT_LINK_CYCLE: [409, 'Liên kết này tạo thành vòng lặp trong chuỗi văn bản.'],
  TASK_NOT_FOUND: [404, 'Không tìm thấy nhiệm vụ.'],
  TASK_HAS_ASSIGNMENTS: [409, 'Nhiệm vụ đã giao cho đơn vị nên không thể xóa.'],
  RECURRENCE_INVALID: [400, 'Định kỳ không hợp lệ (ví dụ: hằng năm trước ngày 15/12, hằng quý).'],
  ASSIGN_NO_TARGET: [400, 'Chọn đơn vị, nhóm đơn vị hoặc dán danh sách tên đơn vị để giao.'],
  ASSIGN_UNTIL_TOO_FAR: [400, 'Chỉ giao trước các kỳ trong vòng 3 năm tới; các kỳ sau sẽ giao sau.'],
  ASSIGN_NO_PERIOD: [400, 'Nhiệm vụ định kỳ không có kỳ nào đến hạn trong khoảng thời gian đã chọn.'],
  ASSIGNMENT_NOT_FOUND: [404, 'Không tìm thấy việc giao cho đơn vị.'],
  ASSIGNMENT_HAS_HISTORY: [409, 'Đơn vị đã cập nhật việc này nên không thể hủy giao.'],
  WORKFLOW_STEP_NOT_ALLOWED: [409, 'Không thể thực hiện bước này ở trạng thái hiện tại của hồ sơ.'],
  STATE_CHANGED: [
    409,
    'Hồ sơ vừa được người khác xử lý nên thao tác này không còn phù hợp. Vui lòng tải lại trang để xem trạng thái mới.',
  ],
  // commitments, activities, obstacles (issue 4)
  ACTIVITY_NOT_FOUND: [404, 'Không tìm thấy hoạt động đối ngoại.'],
  ACTIVITY_DATES_INVALID: [400, 'Ngày kết thúc hoạt động phải từ ngày bắt đầu trở đi.'],
  ACTIVITY_DOCUMENT_NOT_FOUND: [400, 'Có văn bản ghi nhận không tồn tại trong hệ thống.'],
  ACTIVITY_HAS_COMMITMENTS: [409, 'Hoạt động đã có cam kết, thỏa thuận nên không thể xóa.'],
  COMMITMENT_NOT_FOUND: [404, 'Không tìm thấy cam kết, thỏa thuận.'],
  COMMITMENT_DATES_INVALID: [400, 'Ngày của cam kết không hợp lệ.'],
  COMMITMENT_UNIT_INVALID: [400, 'Đơn vị chủ trì hoặc phối hợp không tồn tại hoặc đã ngừng hoạt động.'],
  COMMITMENT_UNIT_HAS_RECORDS: [409, 'Đơn vị đã cập nhật việc này nên không thể bỏ khỏi cam kết.'],
  COMMITMENT_HAS_RECORDS: [409, 'Cam kết đã có dữ liệu cập nhật nên không thể xóa.'],
  PRIORITY_DUPLICATE: [400, 'Danh sách thứ tự ưu tiên có cam kết bị lặp.'],
  REVIEW_DATE_IN_FUTURE: [400, 'Ngày rà soát không được sau ngày hôm nay.'],
  MILESTONE_NOT_FOUND: [404, 'Không tìm thấy mốc lộ trình.'],
  MILESTONE_UNIT_NOT_ASSIGNED: [
    400,
    'Đơn vị phụ trách mốc phải là đơn vị chủ trì hoặc phối hợp của cam kết.',
  ],
  RESOURCE_NOT_FOUND: [404, 'Không tìm thấy dòng nguồn lực.'],
  OBSTACLE_NOT_FOUND: [404, 'Không tìm thấy vướng mắc.'],
  OBSTACLE_SUBJECT_NOT_FOUND: [404, 'Không tìm thấy nhiệm vụ hoặc cam kết của đơn vị để phản ánh vướng mắc.'],
  OBSTACLE_UNIT_REQUIRED: [400, 'Chọn đơn vị được giao (chủ trì hoặc phối hợp) phản ánh vướng mắc.'],
  OBSTACLE_SKIP_LEVEL: [
    409,
    'Vướng mắc phải chuyển lần lượt từng cấp: đơn vị → Sở Ngoại vụ → UBND tỉnh → trung ương.',
  ],
  OBSTACLE_NOT_HOLDER: [403, 'Chỉ cấp đang xử lý vướng mắc mới được thao tác.'],
  OBSTACLE_TOP_LEVEL: [409, 'Vướng mắc đã ở cấp trung ương, không thể chuyển lên nữa.'],
  OBSTACLE_RESOLVED: [409, 'Vướng mắc đã được giải quyết và đóng; không thể xử lý hay mở lại.'],
  OBSTACLE_DEADLINE_PAST: [400, 'Hạn trả lời phải từ hôm nay trở đi.'],
  OBSTACLE_DECIDE_REQUIRED: [
    409,
    'Ở cấp UBND tỉnh, lãnh đạo quyết định (vướng mắc được giải quyết) hoặc báo cáo cơ quan trung ương.',
  ],
  OBSTACLE_NOT_AT_LEADER: [409, 'Chỉ quyết định được vướng mắc đang ở cấp UBND tỉnh.'],
  // document intake (issue 5)
  INTAKE_UNSUPPORTED_FORMAT: [
    415,
    'Định dạng tệp không được hỗ trợ. Vui lòng tải lên tệp .docx, .pdf (có lớp chữ) hoặc .txt.',
  ],
  INTAKE_NO_TEXT_LAYER: [
    422,
    'Tệp PDF không có lớp chữ (bản scan) nên không đọc được nội dung. Vui lòng dùng bản PDF xuất từ Word, tệp .docx, hoặc dán nội dung văn bản.',
  ],
  INTAKE_UNREADABLE_FILE: [422, 'Không đọc được tệp: tệp bị hỏng, có mật khẩu hoặc không đúng định dạng.'],
  INTAKE_EMPTY_TEXT: [400, 'Chưa có nội dung văn bản để đọc.'],
  // dashboard, annual plan, overlap review (issue 10)
  DASHBOARD_PERIOD_INVALID: [
    400,
    'Khoảng thời gian không hợp lệ: ngày bắt đầu phải trước ngày kết thúc, tối đa 10 năm.',
  ],
  OVERLAP_NOT_FOUND: [
    404,
    'Không tìm thấy nhóm nhiệm vụ này trong kết quả rà soát (nhiệm vụ đã thay đổi). Vui lòng tải lại trang.',
  ],
  ANNUAL_PLAN_NOT_FOUND: [404, 'Không tìm thấy kế hoạch năm.'],
  ANNUAL_PLAN_ISSUED: [409, 'Kế hoạch đã được đăng ký ban hành; không thể đăng ký lại.'],
  ANNUAL_PLAN_EMPTY: [409, 'Kế hoạch chưa có nhiệm vụ nào trong năm nên chưa thể đăng ký ban hành.'],
  ANNUAL_PLAN_YEARS_INVALID: [400, 'Khoảng năm không hợp lệ: năm đầu không sau năm cuối, tối đa 10 năm.'],
  OVERLAP_ALREADY_DECIDED: [409, 'Nhóm nhiệm vụ này đã được kết luận.'],
  OVERLAP_DECISION_NOT_FOUND: [
    404,
    'Không tìm thấy kết luận này (có thể đã được hủy). Vui lòng tải lại trang.',
  ],
  OVERLAP_MAIN_TASK_REQUIRED: [400, 'Chọn nhiệm vụ chính được giữ lại khi kết luận trùng lặp.'],
  OVERLAP_MAIN_TASK_INVALID: [
    400,
    'Nhiệm vụ chính phải là một nhiệm vụ của nhóm, và chỉ chọn khi kết luận trùng lặp.',
  ],
  // holiday calendar, report rounds (issue 8)
  HOLIDAY_OUTSIDE_YEAR: [400, 'Có ngày không thuộc năm đang sửa.'],
  HOLIDAY_DUPLICATE: [400, 'Có ngày được nhập hai lần.'],
  HOLIDAY_WORKDAY_NOT_WEEKEND: [400, 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.'],
  ROUND_NOT_FOUND: [404, 'Không tìm thấy kỳ báo cáo.'],
  ROUND_PERIOD_REQUIRED: [
    400,
    'Nhập thời gian số liệu của kỳ báo cáo (từ ngày, đến ngày) hoặc chọn năm của kỳ.',
  ],
  ROUND_PERIOD_INVALID: [400, 'Thời gian số liệu không hợp lệ: ngày kết thúc phải từ ngày bắt đầu trở đi.'],
  ROUND_DUE_REQUIRED: [
    400,
    'Nhập hạn gửi báo cáo của đơn vị (một ngày, hoặc số ngày làm việc sau ngày chốt số liệu).',
  ],
  ROUND_DUE_BEFORE_CUTOFF: [400, 'Hạn gửi báo cáo không được trước ngày chốt số liệu.'],
  ROUND_REPORT_DUE_INVALID: [400, 'Hạn gửi báo cáo tổng hợp không được trước hạn gửi báo cáo của đơn vị.'],
  ROUND_SCOPE_EMPTY: [400, 'Chọn ít nhất một văn bản hoặc đưa sổ theo dõi cam kết vào phạm vi báo cáo.'],
  ROUND_DOCUMENT_NOT_FOUND: [400, 'Có văn bản trong phạm vi báo cáo không tồn tại.'],
  ROUND_UNIT_INVALID: [400, 'Có đơn vị không tồn tại hoặc đã ngừng hoạt động.'],
  ROUND_NO_UNITS: [
    400,
    'Chưa có đơn vị nào phải báo cáo: chọn đơn vị, nhóm đơn vị, dán danh sách tên hoặc chọn các đơn vị có nhiệm vụ trong phạm vi.',
  ],
  ROUND_CLOSED: [409, 'Kỳ báo cáo đã đóng; mở lại kỳ trước khi điều chỉnh.'],
  ROUND_REPEAT_AD_HOC: [
    400,
    'Kỳ báo cáo đột xuất không lặp lại định kỳ: chọn tháng, quý, 6 tháng, 9 tháng hoặc năm.',
  ],
  ROUND_REPEAT_PERIOD: [
    400,
    'Để tự mở các kỳ sau, thời gian số liệu phải đúng một kỳ trong các kỳ lặp lại (ví dụ 15/12 – 14/6 cho 6 tháng đầu năm).',
  ],
  SCHEDULE_NOT_FOUND: [404, 'Không tìm thấy lịch báo cáo định kỳ.'],
  SUBMISSION_NOT_FOUND: [404, 'Không tìm thấy báo cáo của đơn vị.'],
  SUBMISSION_VERSION_CONFLICT: [
    409,
    'Báo cáo vừa được người khác lưu; tải lại trang để xem bản mới rồi sửa tiếp.',
  ],
  SUBMISSION_NOT_EDITABLE: [
    409,
    'Báo cáo đã nộp hoặc đã được tiếp nhận nên không sửa được; chỉ sửa khi báo cáo còn ở đơn vị hoặc bị trả lại.',
  ],
  SUBMISSION_SECTION_UNKNOWN: [400, 'Có mục không thuộc đề cương của kỳ báo cáo.'],
  SUBMISSION_ITEM_UNKNOWN: [400, 'Có dòng không thuộc báo cáo này.'],
  REPORT_DRAFT_VERSION_CONFLICT: [
    409,
    'Dự thảo báo cáo tổng hợp vừa được người khác lưu; tải lại để xem bản mới.',
  ],
  // urging: notifications, mail, reminders, urging letters (issue 9)
  MAIL_NOT_FOUND: [404, 'Không tìm thấy thư.'],
  MAIL_NOT_FAILED: [409, 'Chỉ gửi lại được thư đã thất bại.'],
  URGING_DUE_PAST: [400, 'Thời hạn mới phải từ hôm nay trở đi.'],
  URGING_NOTHING_LATE: [409, 'Mọi đơn vị đã thực hiện nhiệm vụ; không có đơn vị nào cần đôn đốc.'],
  URGING_NOT_FOUND: [404, 'Không tìm thấy công văn đôn đốc.'],
} as const satisfies Record<string, readonly [number, string]>;

export type ErrorCode = keyof typeof errorCatalogue | (string & {});

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details?: unknown;
  /** Seconds after which trying again can succeed (the Retry-After header of a 429 or 503). */
  readonly retryAfter?: number;

  constructor(
    code: ErrorCode,
    message?: string,
    options?: { status?: number; details?: unknown; retryAfter?: number },
  ) {
    const known = (errorCatalogue as Record<string, readonly [number, string]>)[code];
    super(message ?? known?.[1] ?? 'Lỗi.');
    this.code = code;
    this.status = options?.status ?? known?.[0] ?? 400;
    this.details = options?.details;
    this.retryAfter = options?.retryAfter;
  }
}

export const notFound = (code: ErrorCode = 'NOT_FOUND', message?: string) => new AppError(code, message);
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);
export const badRequest = (code: ErrorCode, message?: string, details?: unknown) =>
  new AppError(code, message, { details });

/** PostgreSQL's unique_violation, from either driver (PGlite reports it the same way). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}
