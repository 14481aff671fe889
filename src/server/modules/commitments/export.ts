// The register as an Excel workbook: one sheet of commitments, one of resources. Dates are real
// date cells and amounts real numbers (VND, whole đồng), so they survive a round trip unchanged.
import {
  budgetSourceLabels,
  commitmentFieldLabels,
  commitmentFormLabels,
  completionLevelLabels,
  legalReportLabels,
  legalReportState,
} from '../../../shared/commitments.js';
import { type ProgressStatus, statusLabels } from '../../../shared/status.js';
import type { Actor } from '../../lib/actor.js';
import { newWorkbook, workbookBytes } from '../files/excel.js';
import { commitmentPolicy } from './policy.js';
import { listRegister } from './register-repo.js';
import { resourcesOfCommitments } from './roadmap-repo.js';
import type { ExportQuery } from './schema.js';
import type { Ctx } from './service.js';

const DATE_FMT = 'dd/mm/yyyy';
const VND_FMT = '#,##0';

/** A YYYY-MM-DD date as the Excel date of that day (UTC midnight: no timezone moves it). */
export const excelDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

export const commitmentColumns = [
  { header: 'STT', key: 'no', width: 6 },
  { header: 'Ưu tiên', key: 'priority', width: 8 },
  { header: 'Tên cam kết, thỏa thuận', key: 'title', width: 48 },
  { header: 'Hình thức', key: 'form', width: 20 },
  { header: 'Đối tác', key: 'partner', width: 30 },
  { header: 'Quốc gia', key: 'country', width: 16 },
  { header: 'Lĩnh vực', key: 'field', width: 16 },
  { header: 'Ngày ký', key: 'signedOn', width: 12, style: { numFmt: DATE_FMT } },
  { header: 'Ngày hết hiệu lực', key: 'expiresOn', width: 14, style: { numFmt: DATE_FMT } },
  { header: 'Đơn vị chủ trì', key: 'lead', width: 30 },
  { header: 'Đơn vị phối hợp', key: 'coordinators', width: 30 },
  { header: 'Tiến độ (%)', key: 'progress', width: 10 },
  { header: 'Tình trạng', key: 'status', width: 22 },
  { header: 'Có nguy cơ chậm', key: 'atRisk', width: 10 },
  { header: 'Rà soát gần nhất', key: 'review', width: 22 },
  { header: 'Báo cáo theo Luật TTQT 2020', key: 'legal', width: 22 },
  { header: 'Kinh phí dự kiến (đồng)', key: 'plannedVnd', width: 20, style: { numFmt: VND_FMT } },
  { header: 'Kinh phí đã chi (đồng)', key: 'spentVnd', width: 20, style: { numFmt: VND_FMT } },
] as const;

export async function exportRegister(ctx: Ctx, actor: Actor, q: ExportQuery): Promise<Buffer> {
  const today = ctx.clock.today();
  const { rows } = await listRegister(
    ctx.db,
    { ...q, limit: null, offset: 0 },
    commitmentPolicy.scope(actor),
    today,
  );
  const resources = await resourcesOfCommitments(
    ctx.db,
    rows.map((r) => r.id),
  );

  const wb = await newWorkbook();
  wb.creator = 'doingoai — Sở Ngoại vụ';
  wb.created = ctx.clock.now();
  const ws = wb.addWorksheet('Cam kết', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = commitmentColumns.map((c) => ({ ...c, style: 'style' in c ? { ...c.style } : {} }));
  ws.getRow(1).font = { bold: true };
  rows.forEach((r, i) => {
    ws.addRow({
      no: i + 1,
      priority: r.priority,
      title: r.title,
      form: commitmentFormLabels[r.form],
      partner: r.partner,
      country: r.country,
      field: commitmentFieldLabels[r.field],
      signedOn: excelDate(r.signedOn),
      expiresOn: excelDate(r.expiresOn),
      lead: r.leadUnit?.name ?? '',
      coordinators: r.coordinatingUnits.map((u) => u.name).join('; '),
      progress: r.progress,
      status: statusLabels[r.status as ProgressStatus],
      atRisk: r.atRisk ? 'Có' : '',
      review: r.latestReview
        ? completionLevelLabels[r.latestReview.completionLevel as keyof typeof completionLevelLabels]
        : '',
      legal: legalReportLabels[legalReportState(r, today)],
      plannedVnd: r.plannedVnd,
      spentVnd: r.spentVnd,
    });
  });

  const titles = new Map(rows.map((r) => [r.id, r.title]));
  const rs = wb.addWorksheet('Nguồn lực', { views: [{ state: 'frozen', ySplit: 1 }] });
  rs.columns = [
    { header: 'Cam kết', key: 'commitment', width: 48 },
    { header: 'Đơn vị', key: 'unit', width: 30 },
    { header: 'Nguồn kinh phí', key: 'source', width: 22 },
    { header: 'Cán bộ', key: 'staff', width: 8 },
    { header: 'Dự kiến (đồng)', key: 'plannedVnd', width: 20, style: { numFmt: VND_FMT } },
    { header: 'Đã chi (đồng)', key: 'spentVnd', width: 20, style: { numFmt: VND_FMT } },
    { header: 'Ghi chú', key: 'note', width: 30 },
  ];
  rs.getRow(1).font = { bold: true };
  for (const r of resources)
    rs.addRow({
      commitment: titles.get(r.commitmentId) ?? '',
      unit: r.unitName ?? '',
      source: budgetSourceLabels[r.source],
      staff: r.staff,
      plannedVnd: r.plannedVnd,
      spentVnd: r.spentVnd,
      note: r.note,
    });
  return workbookBytes(wb);
}
