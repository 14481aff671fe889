// The Excel sheet of an assignment list. Its "Mã giao việc", "Tiến độ (%)" and "Ghi chú" columns
// are what the bulk progress import reads back, so a unit fills in the sheet it downloaded.
import { statusLabels } from '../../../shared/status.js';
import { roleLabels, workflowLabels } from '../../../shared/workflow.js';
import type { SheetSpec } from '../files/excel.js';
import type { AssignmentOut } from './schema.js';

export const ID_HEADER = 'Mã giao việc';
export const PROGRESS_HEADER = 'Tiến độ (%)';
export const NOTE_HEADER = 'Ghi chú cập nhật';

/**
 * `forImport`: the unit's own list, which it fills in and sends back: the last three columns are
 * what the bulk progress import reads, and a line under the title says so. The board (Sở Ngoại
 * vụ's sheet) has no such columns.
 */
export function assignmentSheet(
  rows: AssignmentOut[],
  title: string,
  subtitle: string[],
  opts: { forImport?: boolean } = { forImport: true },
): SheetSpec<AssignmentOut> {
  const importColumns: SheetSpec<AssignmentOut>['columns'] = [
    { header: PROGRESS_HEADER, width: 11, value: (r) => r.progress },
    { header: NOTE_HEADER, width: 30, value: () => '' },
    { header: ID_HEADER, width: 38, value: (r) => r.id },
  ];
  return {
    name: 'Giao việc',
    title,
    subtitle: opts.forImport
      ? [
          ...subtitle,
          `Cập nhật tiến độ hàng loạt: sửa cột "${PROGRESS_HEADER}", "${NOTE_HEADER}" rồi tải tệp lên; cột "${ID_HEADER}" để hệ thống nhận đúng việc, không sửa.`,
        ]
      : subtitle,
    rows,
    columns: [
      { header: 'STT', width: 6, value: (_, i) => i + 1 },
      { header: 'Đơn vị', width: 28, value: (r) => r.unitName },
      { header: 'Nhiệm vụ', width: 48, value: (r) => r.title },
      { header: 'Văn bản', width: 16, value: (r) => r.documentNumber },
      { header: 'Vai trò', width: 10, value: (r) => roleLabels[r.role] },
      { header: 'Kỳ', width: 14, value: (r) => r.periodLabel },
      { header: 'Hạn', width: 12, kind: 'date', value: (r) => r.dueOn },
      { header: 'Tình trạng', width: 22, value: (r) => statusLabels[r.status] },
      { header: 'Hồ sơ', width: 26, value: (r) => workflowLabels[r.workflow] },
      { header: 'Số sản phẩm', width: 16, value: (r) => r.productNumber },
      { header: 'Ngày sản phẩm', width: 13, kind: 'date', value: (r) => r.productDate },
      { header: 'Ngày nộp', width: 12, kind: 'date', value: (r) => r.completedOn },
      { header: 'Lý do trả lại', width: 30, value: (r) => r.returnReason },
      { header: 'Số lần đôn đốc', width: 10, value: (r) => r.urgeCount },
      { header: 'Đôn đốc gần nhất', width: 13, kind: 'date', value: (r) => r.lastUrgedOn },
      ...(opts.forImport
        ? importColumns
        : [{ header: 'Tiến độ (%)', width: 11, value: (r: AssignmentOut) => r.progress }]),
    ],
  };
}
