// How the audit log reads in Vietnamese: names of the kinds of records, of the actions and of
// the fields, labels of coded values, and where a record's page is. The one registry the log,
// a record's history and their tests read; each capability adds its own entries in its own
// commented block below (keep edits small; others edit this file too).

import { clarityLabels } from '../../shared/clarity';
import {
  activityKindLabels,
  budgetSourceLabels,
  commitmentFieldLabels,
  commitmentFormLabels,
  completionLevelLabels,
  feasibilityLabels,
  legalCompatibilityLabels,
  partnerKindLabels,
} from '../../shared/commitments';
import { documentLinkKindLabels } from '../../shared/documents';
import { obstacleLevelLabels, obstacleStatusLabels } from '../../shared/obstacles';
import { overlapDecisionLabels } from '../../shared/overlap';
import { periodKindLabels } from '../../shared/periods';
import { roundStatusLabels } from '../../shared/report-rounds';
import { unitKindLabels } from '../../shared/units';
import { emailPrefLabels, mailStateLabels } from '../../shared/urging';
import { roleLabels as assignmentRoleLabels, workflowLabels } from '../../shared/workflow';
import { roleLabels } from '../api/me';

/** entity → what the record is called. */
export const entityLabels: Record<string, string> = {
  // foundation
  unit: 'Đơn vị',
  user: 'Người dùng',
  // tracking, commitments
  document: 'Văn bản',
  task: 'Nhiệm vụ',
  assignment: 'Giao nhiệm vụ',
  commitment: 'Cam kết, thỏa thuận',
  commitment_priority: 'Thứ tự ưu tiên cam kết',
  activity: 'Hoạt động đối ngoại',
  obstacle: 'Vướng mắc',
  file: 'Tệp',
  // overlap review, annual plans
  overlap: 'Rà soát chồng chéo, trùng lặp',
  annual_plan: 'Kế hoạch năm',
  // report rounds
  holiday_calendar: 'Lịch nghỉ lễ',
  report_round: 'Kỳ báo cáo',
  report_submission: 'Báo cáo của đơn vị',
  report_schedule: 'Lịch báo cáo định kỳ',
  // urging
  mail: 'Thư điện tử',
  reminder_settings: 'Quy tắc nhắc hạn mặc định',
};

/** action → what was done. */
export const actionLabels: Record<string, string> = {
  // foundation
  create: 'Thêm mới',
  update: 'Sửa',
  delete: 'Xóa',
  deactivate: 'Ngừng hoạt động',
  activate: 'Kích hoạt lại',
  import: 'Nhập từ tệp',
  reset_password: 'Đặt lại mật khẩu',
  change_password: 'Đổi mật khẩu',
  lock: 'Khóa tài khoản',
  unlock: 'Mở khóa tài khoản',
  // tracking
  assign: 'Giao cho đơn vị',
  progress_import: 'Nhập tiến độ từ tệp',
  link: 'Liên kết văn bản',
  unlink: 'Bỏ liên kết văn bản',
  attach_file: 'Đính kèm tệp',
  detach_file: 'Gỡ tệp đính kèm',
  'source.keep': 'Lưu nội dung văn bản gốc',
  upload: 'Tải tệp lên',
  progress: 'Cập nhật tiến độ',
  note: 'Ghi chú, minh chứng',
  submit: 'Nộp sản phẩm',
  resubmit: 'Nộp lại sản phẩm',
  submit_on_behalf: 'Nộp sản phẩm thay đơn vị',
  resubmit_on_behalf: 'Nộp lại sản phẩm thay đơn vị',
  confirm: 'Xác nhận',
  accept: 'Tiếp nhận',
  return: 'Trả lại',
  // obstacles
  raise: 'Nêu vướng mắc',
  escalate: 'Chuyển lên cấp trên',
  respond: 'Trả lời, cho ý kiến',
  leader_decide: 'Lãnh đạo UBND tỉnh quyết định',
  resolve: 'Giải quyết xong',
  // commitments
  roadmap: 'Cập nhật lộ trình',
  reorder: 'Sắp xếp thứ tự ưu tiên',
  'review.create': 'Thêm kết quả rà soát',
  'milestone.create': 'Thêm mốc lộ trình',
  'milestone.update': 'Sửa mốc lộ trình',
  'milestone.progress': 'Cập nhật tiến độ mốc',
  'milestone.delete': 'Xóa mốc lộ trình',
  'resource.create': 'Thêm nguồn lực',
  'resource.update': 'Sửa nguồn lực',
  'resource.delete': 'Xóa nguồn lực',
  // overlap review
  decide: 'Kết luận rà soát',
  mark_duplicate: 'Đánh dấu trùng lặp với nhiệm vụ chính',
  unmark_duplicate: 'Bỏ đánh dấu trùng lặp',
  withdraw: 'Hủy kết luận rà soát',
  // annual plans
  issue: 'Đăng ký ban hành',
  // urging (issue 9)
  notifications_read: 'Đánh dấu thông báo đã đọc',
  retry: 'Gửi lại thư',
  reminder_rules: 'Đặt quy tắc nhắc hạn của nhiệm vụ',
  urge: 'Gửi công văn đôn đốc',
  // report rounds
  report_edit: 'Sửa dự thảo báo cáo tổng hợp',
  report_regenerate: 'Viết lại dự thảo báo cáo tổng hợp từ báo cáo của đơn vị',
  produce: 'Lập tệp báo cáo',
};

/** field name (as stored in before/after) → label, whatever the record. */
export const fieldLabels: Record<string, string> = {
  // foundation
  code: 'Mã',
  name: 'Tên',
  shortName: 'Tên viết tắt',
  kind: 'Loại',
  gsoCode: 'Mã ĐVHC',
  isFocal: 'Đơn vị đầu mối',
  active: 'Trạng thái',
  username: 'Tên đăng nhập',
  fullName: 'Họ và tên',
  email: 'Thư điện tử',
  role: 'Vai trò',
  unitId: 'Đơn vị',
  unitName: 'Đơn vị',
  order: 'Thứ tự',
  // documents
  number: 'Số, ký hiệu',
  type: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  issuedOn: 'Ngày ban hành',
  year: 'Năm',
  summary: 'Trích yếu',
  signer: 'Người ký',
  signingAuthority: 'Thẩm quyền ký',
  sourceLength: 'Nội dung gốc (số ký tự)',
  fromId: 'Văn bản',
  toId: 'Văn bản liên quan',
  documentId: 'Văn bản',
  fileId: 'Tệp',
  fileName: 'Tệp',
  // tasks
  seq: 'Thứ tự',
  title: 'Tên, nội dung',
  leadUnitId: 'Đơn vị chủ trì',
  personInCharge: 'Người phụ trách',
  coordinatingUnitIds: 'Đơn vị phối hợp',
  dueOn: 'Hạn',
  recurrence: 'Định kỳ',
  responsibility: 'Trách nhiệm',
  product: 'Sản phẩm',
  authority: 'Thẩm quyền',
  missingClarity: 'Còn thiếu (6 rõ)',
  createdBy: 'Người tạo',
  // assignments
  taskId: 'Nhiệm vụ',
  assignmentId: 'Việc giao đơn vị',
  commitmentId: 'Cam kết, thỏa thuận',
  period: 'Kỳ',
  progress: 'Tiến độ (%)',
  completedOn: 'Ngày hoàn thành',
  workflow: 'Tình trạng sản phẩm',
  submittedAt: 'Thời điểm nộp',
  returnReason: 'Lý do trả lại',
  productNumber: 'Số văn bản sản phẩm',
  productDate: 'Ngày văn bản sản phẩm',
  productFileId: 'Tệp sản phẩm',
  note: 'Ghi chú',
  // commitments, activities
  activityId: 'Hoạt động đối ngoại',
  form: 'Hình thức',
  partner: 'Đối tác',
  partnerKind: 'Loại đối tác',
  partnerKey: 'Mã đối tác',
  country: 'Quốc gia',
  countries: 'Quốc gia',
  field: 'Lĩnh vực',
  content: 'Nội dung',
  signatories: 'Người ký',
  signedOn: 'Ngày ký',
  effectiveOn: 'Ngày hiệu lực',
  expiresOn: 'Ngày hết hiệu lực',
  validity: 'Thời hạn hiệu lực',
  priority: 'Thứ tự ưu tiên',
  provinceAgreement: 'Thỏa thuận quốc tế của tỉnh',
  reportedOn: 'Ngày báo cáo',
  reportRef: 'Văn bản báo cáo',
  startOn: 'Ngày bắt đầu',
  endOn: 'Ngày kết thúc',
  place: 'Địa điểm',
  leaders: 'Lãnh đạo tham dự',
  // roadmap: reviews, milestones, resources
  reviewedOn: 'Ngày rà soát',
  reviewerId: 'Người rà soát',
  done: 'Đã thực hiện',
  notDone: 'Chưa thực hiện',
  difficulties: 'Khó khăn',
  causes: 'Nguyên nhân',
  legalCompatibility: 'Phù hợp pháp luật',
  legalBasis: 'Căn cứ pháp lý',
  localFit: 'Phù hợp với địa phương',
  feasibility: 'Khả năng thực hiện',
  completionLevel: 'Mức độ hoàn thành',
  deliverable: 'Sản phẩm',
  weight: 'Trọng số',
  source: 'Nguồn kinh phí',
  staff: 'Nhân lực (người)',
  plannedVnd: 'Kinh phí dự kiến',
  spentVnd: 'Đã chi',
  // obstacles
  subjectType: 'Vướng mắc của',
  subjectTitle: 'Nhiệm vụ, cam kết',
  description: 'Nội dung vướng mắc',
  cause: 'Nguyên nhân',
  proposal: 'Đề xuất',
  level: 'Cấp xử lý',
  status: 'Tình trạng',
  responseDueOn: 'Hạn trả lời',
  respondedOn: 'Ngày trả lời',
  resolution: 'Kết quả giải quyết',
  resolvedOn: 'Ngày giải quyết',
  raisedBy: 'Người nêu',
  raisedByName: 'Người nêu',
  raisedOn: 'Ngày nêu',
  // files
  mime: 'Định dạng',
  size: 'Dung lượng (byte)',
  sha256: 'Mã kiểm tra (SHA-256)',
  uploadedBy: 'Người tải lên',
  uploadedAt: 'Thời điểm tải lên',
  // overlap review
  duplicateOfId: 'Trùng lặp với nhiệm vụ',
  decision: 'Kết luận',
  taskIds: 'Các nhiệm vụ',
  mainTaskId: 'Nhiệm vụ chính',
  score: 'Điểm tương đồng',
  decidedBy: 'Người kết luận',
  reason: 'Lý do',
  decidedAt: 'Thời điểm kết luận',
  // report rounds
  days: 'Các ngày nghỉ lễ, nghỉ bù, làm bù',
  // urging (issue 9)
  emailPref: 'Nhận thư nhắc việc',
  before: 'Nhắc trước hạn (ngày)',
  onDay: 'Nhắc đúng ngày đến hạn',
  after: 'Nhắc sau hạn (ngày)',
  weeklyAfter: 'Sau đó nhắc hằng tuần',
  headAfter: 'Báo thủ trưởng sau số lần nhắc quá hạn',
  focalAfterDays: 'Báo Sở Ngoại vụ khi quá hạn (ngày)',
  mode: 'Cách nhắc',
  rules: 'Quy tắc nhắc hạn',
  newDueOn: 'Thời hạn mới',
  units: 'Số đơn vị',
  complied: 'Đã thực hiện',
  total: 'Tổng số đơn vị',
  attempts: 'Số lần gửi',
  count: 'Số lượng',
  all: 'Tất cả',
  style: 'Cách tính thời gian số liệu',
  periodStart: 'Số liệu từ ngày',
  periodEnd: 'Ngày chốt số liệu',
  dueWorkingDays: 'Hạn (số ngày làm việc sau ngày chốt)',
  reportDueOn: 'Hạn gửi báo cáo tổng hợp',
  documentIds: 'Văn bản trong phạm vi',
  includeCommitments: 'Gồm sổ theo dõi cam kết',
  groups: 'Nhóm đơn vị',
  outline: 'Đề cương',
  openedOn: 'Ngày mở kỳ',
  unitIds: 'Đơn vị phải báo cáo',
  addedUnitIds: 'Đơn vị bổ sung',
  items: 'Số dòng điền sẵn',
  roundId: 'Kỳ báo cáo',
  version: 'Phiên bản',
  narrative: 'Nội dung báo cáo theo đề cương',
  sentOn: 'Ngày gửi báo cáo',
  acceptedAt: 'Thời điểm tiếp nhận',
  fileIds: 'Tệp đính kèm',
  comments: 'Ý kiến của đơn vị theo từng dòng',
  reportDraft: 'Dự thảo báo cáo tổng hợp',
  scheduleId: 'Lịch báo cáo định kỳ',
  titleTemplate: 'Tên các kỳ báo cáo ({period}: kỳ)',
  kinds: 'Các kỳ lặp lại',
  reportDueWorkingDays: 'Hạn báo cáo tổng hợp (số ngày làm việc sau ngày chốt)',
  allWithWork: 'Mọi đơn vị có nhiệm vụ trong phạm vi',
  lastPeriodEnd: 'Ngày chốt số liệu của kỳ gần nhất',
  lastError: 'Lần tự mở kỳ không thành',
  lastErrorOn: 'Ngày tự mở kỳ không thành',
};

/** Labels of a field that depend on the record ('entity.field'); checked before fieldLabels. */
export const entityFieldLabels: Record<string, string> = {
  'annual_plan.documentIds': 'Văn bản chương trình',
  'activity.kind': 'Loại hoạt động',
  'document.kind': 'Quan hệ',
  'milestone.title': 'Tên mốc',
  'task.title': 'Nội dung nhiệm vụ',
  'commitment.title': 'Tên cam kết, thỏa thuận',
  'activity.title': 'Tên hoạt động',
  'assignment.role': 'Vai trò của đơn vị',
  'report_round.kind': 'Loại kỳ báo cáo',
  'report_round.title': 'Tên kỳ báo cáo',
  'report_round.dueOn': 'Hạn gửi báo cáo của đơn vị',
  'report_round.status': 'Trạng thái kỳ báo cáo',
};

/** field name → labels of its coded values (booleans as 'true'/'false'). 'entity.field' first. */
export const valueLabels: Record<string, Record<string, string>> = {
  // foundation
  kind: unitKindLabels,
  'unit.kind': unitKindLabels,
  role: roleLabels,
  'user.role': roleLabels,
  active: { true: 'Đang hoạt động', false: 'Ngừng hoạt động' },
  'user.active': { true: 'Đang sử dụng', false: 'Đã khóa' },
  // tracking
  'assignment.role': assignmentRoleLabels,
  workflow: workflowLabels,
  missingClarity: clarityLabels,
  'document.kind': documentLinkKindLabels,
  // commitments
  'activity.kind': activityKindLabels,
  form: commitmentFormLabels,
  partnerKind: partnerKindLabels,
  field: commitmentFieldLabels,
  legalCompatibility: legalCompatibilityLabels,
  feasibility: feasibilityLabels,
  completionLevel: completionLevelLabels,
  source: budgetSourceLabels,
  // obstacles
  level: obstacleLevelLabels,
  status: obstacleStatusLabels,
  subjectType: { assignment: 'Nhiệm vụ được giao', commitment: 'Cam kết, thỏa thuận' },
  // urging
  emailPref: emailPrefLabels,
  'mail.state': mailStateLabels,
  mode: { default: 'Theo mặc định', custom: 'Quy tắc riêng', off: 'Tắt nhắc hạn' },
  // overlap review
  decision: overlapDecisionLabels,
  'annual_plan.status': { draft: 'Dự thảo', issued: 'Đã ban hành' },
  // report rounds
  'report_round.kind': periodKindLabels,
  'report_round.style': { nd09: 'Theo Nghị định 09/2019/NĐ-CP', calendar: 'Theo tháng dương lịch' },
  'report_schedule.style': { nd09: 'Theo Nghị định 09/2019/NĐ-CP', calendar: 'Theo tháng dương lịch' },
  'report_schedule.kinds': periodKindLabels,
  'report_round.status': roundStatusLabels,
};

/** entity → the address of a record's page, for links from the log. */
export const entityLinks: Record<string, (id: string) => string> = {
  // foundation
  unit: (id) => `/don-vi?id=${id}`,
  user: (id) => `/nguoi-dung?id=${id}`,
  // tracking, commitments
  document: (id) => `/van-ban/${id}`,
  task: (id) => `/nhiem-vu/${id}`,
  assignment: (id) => `/giao-viec/${id}`,
  commitment: (id) => `/cam-ket/${id}`,
  commitment_priority: () => '/cam-ket-uu-tien',
  activity: () => '/hoat-dong-doi-ngoai',
  obstacle: (id) => `/vuong-mac?vm=${id}`,
  mail: () => '/thu-di',
  reminder_settings: () => '/quy-tac-nhac-han',
  overlap: () => '/ra-soat-trung-lap?tab=settled',
  annual_plan: (id) => `/ke-hoach-nam/${id}`,
  // report rounds
  holiday_calendar: (id) => `/lich-nghi-le?year=${id}`,
  report_round: (id) => `/ky-bao-cao/${id}`,
  report_submission: (id) => `/bao-cao-don-vi/${id}`,
  report_schedule: () => '/ky-bao-cao',
};

/** Bookkeeping fields that never make a change worth showing. */
export const hiddenFields = new Set([
  'id',
  'search',
  'sortKey',
  'createdAt',
  'updatedAt',
  'numberKey',
  'issuerKey',
  'passwordHash',
]);

export const actionLabel = (action: string) => actionLabels[action] ?? action;

/** What an entry's values describe: the part named by a dotted action ('milestone.create' of a
 * commitment holds a milestone's fields), else the record itself. */
export const subjectOf = (entity: string, action: string) =>
  action.includes('.') ? action.slice(0, action.indexOf('.')) : entity;

/** The label of a field of a record of this kind ('title' of a task reads "Nội dung nhiệm vụ"). */
export function fieldLabel(entity: string, field: string): string {
  return entityFieldLabels[`${entity}.${field}`] ?? fieldLabels[field] ?? field;
}

/** The label of a coded value, or undefined when the value is not a code. */
export function valueLabel(entity: string, field: string, value: string): string | undefined {
  return (valueLabels[`${entity}.${field}`] ?? valueLabels[field])?.[value];
}
