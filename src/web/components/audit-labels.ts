// How the audit log reads in Vietnamese: names of the kinds of records, of the actions and of
// the fields, labels of coded values, and where a record's page is. Each capability adds its
// own entries in its own commented block below (keep edits small; others edit this file too).
import { unitKindLabels } from '../../shared/units';
import { roleLabels } from '../api/me';

/** entity → what the record is called. */
export const entityLabels: Record<string, string> = {
  // foundation
  unit: 'Đơn vị',
  user: 'Người dùng',
  // other capabilities (first labels by the foundation; owners, adjust as you see fit)
  document: 'Văn bản',
  task: 'Nhiệm vụ',
  assignment: 'Giao nhiệm vụ',
  commitment: 'Cam kết, thỏa thuận',
  commitment_priority: 'Thứ tự ưu tiên cam kết',
  activity: 'Hoạt động đối ngoại',
  obstacle: 'Vướng mắc',
  file: 'Tệp',
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
  // other capabilities (first labels by the foundation; owners, adjust as you see fit)
  assign: 'Giao cho đơn vị',
  progress_import: 'Nhập tiến độ từ tệp',
  link: 'Liên kết văn bản',
  unlink: 'Bỏ liên kết văn bản',
  attach_file: 'Đính kèm tệp',
  detach_file: 'Gỡ tệp đính kèm',
  upload: 'Tải tệp lên',
  raise: 'Nêu vướng mắc',
  escalate: 'Chuyển lên cấp trên',
  respond: 'Trả lời',
  resolve: 'Đã giải quyết',
  roadmap: 'Cập nhật lộ trình',
  reorder: 'Sắp xếp thứ tự ưu tiên',
  progress: 'Cập nhật tiến độ',
  note: 'Ghi chú',
  submit: 'Gửi báo cáo',
  resubmit: 'Gửi lại báo cáo',
  submit_on_behalf: 'Gửi báo cáo thay đơn vị',
  resubmit_on_behalf: 'Gửi lại báo cáo thay đơn vị',
  confirm: 'Xác nhận',
  accept: 'Tiếp nhận',
  return: 'Trả lại',
};

/** field name (as stored in before/after) → label. Unlisted fields show their own name. */
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
};

/** field name → labels of its coded values (booleans as 'true'/'false'). */
export const valueLabels: Record<string, Record<string, string>> = {
  // foundation
  kind: unitKindLabels,
  role: roleLabels,
  active: { true: 'Đang hoạt động', false: 'Ngừng hoạt động' },
};

/** entity → the address of a record's page, for links from the log. */
export const entityLinks: Record<string, (id: string) => string> = {
  // foundation
  unit: (id) => `/don-vi?id=${id}`,
  user: (id) => `/nguoi-dung?id=${id}`,
};

/** Bookkeeping fields that never make a change worth showing. */
export const hiddenFields = new Set(['id', 'search', 'createdAt', 'updatedAt']);
