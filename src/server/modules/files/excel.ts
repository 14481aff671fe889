// Excel in and out for every list: a styled sheet from columns and rows, and the cell texts of an
// uploaded sheet (dates as YYYY-MM-DD, rich text flattened, merged cells filled).
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../lib/errors.js';
import { contentDisposition } from './present.js';

export interface SheetColumn<T> {
  header: string;
  width?: number;
  value(row: T, index: number): string | number | null | undefined;
}

export interface SheetSpec<T> {
  name: string;
  /** A title line above the table ("Danh sách nhiệm vụ…"). */
  title?: string;
  /** Lines under the title (filters, date of export). */
  subtitle?: string[];
  columns: SheetColumn<T>[];
  rows: T[];
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function addSheet<T>(wb: ExcelJS.Workbook, spec: SheetSpec<T>): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name.slice(0, 31));
  ws.columns = spec.columns.map((c) => ({ width: c.width ?? 18 }));
  let r = 1;
  if (spec.title) {
    ws.mergeCells(r, 1, r, spec.columns.length);
    const cell = ws.getCell(r, 1);
    cell.value = spec.title;
    cell.font = { bold: true, size: 14 };
    cell.alignment = { horizontal: 'center' };
    r++;
  }
  for (const line of spec.subtitle ?? []) {
    ws.mergeCells(r, 1, r, spec.columns.length);
    ws.getCell(r, 1).value = line;
    ws.getCell(r, 1).font = { italic: true };
    ws.getCell(r, 1).alignment = { horizontal: 'center' };
    r++;
  }
  if (r > 1) r++;
  const headerRow = ws.getRow(r);
  spec.columns.forEach((c, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
  ws.views = [{ state: 'frozen', ySplit: r }];
  ws.autoFilter = { from: { row: r, column: 1 }, to: { row: r, column: spec.columns.length } };
  for (const [index, item] of spec.rows.entries()) {
    r++;
    const row = ws.getRow(r);
    spec.columns.forEach((c, i) => {
      const v = c.value(item, index);
      const cell = row.getCell(i + 1);
      cell.value = v ?? null;
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
  }
  return ws;
}

export async function workbookBuffer<T>(spec: SheetSpec<T>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'doingoai — Sở Ngoại vụ Gia Lai';
  addSheet(wb, spec);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function sendWorkbook<T>(reply: FastifyReply, filename: string, spec: SheetSpec<T>) {
  const buffer = await workbookBuffer(spec);
  return reply
    .header('content-type', XLSX_MIME)
    .header('content-disposition', contentDisposition(filename))
    .header('cache-control', 'no-store')
    .send(buffer);
}

/** dd/mm/yyyy, the way offices write dates. */
export const viDate = (iso: string | null | undefined) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    // exceljs reads date cells as UTC midnight of the written day
    return v.toISOString().slice(0, 10);
  }
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return '';
    return '';
  }
  return String(v);
}

/** The cell texts of the first sheet, row by row (index 0 is the sheet's row 1), merged cells filled. */
export async function readSheetRows(content: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('XLSX_INVALID');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('XLSX_INVALID', 'Tệp Excel không có trang tính nào.');
  const rows: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const out: string[] = [];
    for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++) {
      const cell = row.getCell(c);
      // a merged cell's value lives in its master cell
      out.push(cellText(cell.isMerged ? cell.master.value : cell.value).trim());
    }
    rows.push(out);
  }
  return rows;
}
