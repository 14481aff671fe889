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
  INTERNAL: [500, 'Hệ thống gặp sự cố. Vui lòng thử lại sau.'],
  // auth
  UNAUTHENTICATED: [401, 'Vui lòng đăng nhập.'],
  INVALID_CREDENTIALS: [401, 'Tên đăng nhập hoặc mật khẩu không đúng.'],
  ACCOUNT_DISABLED: [403, 'Tài khoản đã bị khóa.'],
  TOO_MANY_ATTEMPTS: [429, 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.'],
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
} as const satisfies Record<string, readonly [number, string]>;

export type ErrorCode = keyof typeof errorCatalogue | (string & {});

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details?: unknown;

  constructor(code: ErrorCode, message?: string, options?: { status?: number; details?: unknown }) {
    const known = (errorCatalogue as Record<string, readonly [number, string]>)[code];
    super(message ?? known?.[1] ?? 'Lỗi.');
    this.code = code;
    this.status = options?.status ?? known?.[0] ?? 400;
    this.details = options?.details;
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
