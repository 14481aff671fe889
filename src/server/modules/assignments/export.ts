// The Excel sheet of an assignment list. Its "Mã giao việc", "Tiến độ (%)" and "Ghi chú" columns
// are what the bulk progress import reads back, so a unit fills in the sheet it downloaded.
import { statusLabels } from '../../../shared/status.js';
import { roleLabels, workflowLabels } from '../../../shared/workflow.js';
import type { SheetSpec } from '../files/excel.js';
import { viDate } from '../files/excel.js';
import type { AssignmentOut } from './schema.js';

export const ID_HEADER = 'Mã giao việc';
export const PROGRESS_HEADER = 'Tiến độ (%)';
export const NOTE_HEADER = 'Ghi chú cập nhật';

export function assignmentSheet(
  rows: AssignmentOut[],
  title: string,
  subtitle: string[],
): SheetSpec<AssignmentOut> {
  return {
    name: 'Giao việc',
    title,
    subtitle,
    rows,
    columns: [
      { header: 'STT', width: 6, value: (_, i) => i + 1 },
      { header: 'Đơn vị', width: 28, value: (r) => r.unitName },
      { header: 'Nhiệm vụ', width: 48, value: (r) => r.title },
      { header: 'Văn bản', width: 16, value: (r) => r.documentNumber },
      { header: 'Vai trò', width: 10, value: (r) => roleLabels[r.role] },
      { header: 'Kỳ', width: 14, value: (r) => r.periodLabel },
      { header: 'Hạn', width: 12, value: (r) => viDate(r.dueOn) },
      { header: 'Tình trạng', width: 22, value: (r) => statusLabels[r.status] },
      { header: 'Hồ sơ', width: 26, value: (r) => workflowLabels[r.workflow] },
      { header: 'Số sản phẩm', width: 16, value: (r) => r.productNumber },
      { header: 'Ngày sản phẩm', width: 13, value: (r) => viDate(r.productDate) },
      { header: 'Ngày nộp', width: 12, value: (r) => viDate(r.completedOn) },
      { header: 'Lý do trả lại', width: 30, value: (r) => r.returnReason },
      { header: PROGRESS_HEADER, width: 11, value: (r) => r.progress },
      { header: NOTE_HEADER, width: 30, value: () => '' },
      { header: ID_HEADER, width: 38, value: (r) => r.id },
    ],
  };
}
