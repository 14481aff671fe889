// Excel in and out for every list: a styled sheet from columns and rows, and the cell texts of an
// uploaded sheet (dates as YYYY-MM-DD, rich text flattened, merged cells filled).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../lib/errors.js';
import { contentDisposition } from './present.js';

export interface SheetColumn<T> {
  header: string;
  width?: number;
  /**
   * 'date': the value is a YYYY-MM-DD string, written as a real date shown dd/mm/yyyy (so Excel
   * sorts and filters it as a date, as the commitments export does).
   */
  kind?: 'date';
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

const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

export function addSheet<T>(wb: ExcelJS.Workbook, spec: SheetSpec<T>): ExcelJS.Worksheet {
  // One style object for every body cell (one more for dates): exceljs files a style it has
  // seen by the object, so a sheet of 50,000 cells writes its style once, not once a cell.
  // Never changed after this: a cell's setter (cell.font = …) would change every cell.
  const bodyStyle: Partial<ExcelJS.Style> = {
    alignment: { vertical: 'top', wrapText: true },
    border: THIN_BORDER,
  };
  const dateStyle: Partial<ExcelJS.Style> = { ...bodyStyle, numFmt: 'dd/mm/yyyy' };
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
    // a long line (a task's whole title) wraps instead of being cut
    ws.getCell(r, 1).alignment = { horizontal: 'center', vertical: 'top', wrapText: true };
    const width = spec.columns.reduce((s, c) => s + (c.width ?? 18), 0);
    if (line.length > width) ws.getRow(r).height = 15 * Math.ceil(line.length / width);
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
      if (c.kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
        cell.value = new Date(`${v}T00:00:00Z`);
        cell.style = dateStyle;
      } else {
        cell.value = v ?? null;
        cell.style = bodyStyle;
      }
    });
  }
  return ws;
}

/**
 * A new workbook. exceljs (26 MB of memory) is loaded by the first export that needs it, not at
 * the start of every app server.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  return new Excel.Workbook();
}

/**
 * The workbook as the bytes of an .xlsx. Deflate at level 3, not the default 6: on a compiled
 * report's annex the file is 2 % larger and zipping it about twice as fast.
 */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const buf = await wb.xlsx.writeBuffer({
    zip: { compression: 'DEFLATE', compressionOptions: { level: 3 } },
  });
  return Buffer.from(buf);
}

export async function workbookBuffer<T>(spec: SheetSpec<T>): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = 'doingoai — Sở Ngoại vụ Gia Lai';
  addSheet(wb, spec);
  return workbookBytes(wb);
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

/** Bounds on an uploaded sheet: beyond them it is refused before it is read. */
export const SHEET_LIMITS = {
  maxRows: 6000,
  maxCells: 100_000,
  maxColumns: 100,
  maxEntries: 200,
  maxInflatedBytes: 40 * 1024 * 1024,
  /** Wall time for the reading; the worker is stopped past it. */
  timeoutMs: 10_000,
  /** Heap of the reading worker. */
  heapMb: 192,
};

const exceljsPath = createRequire(import.meta.url).resolve('exceljs');
const workerUrl = new URL('./sheet-worker.mjs', import.meta.url);

const refusals: Record<string, () => AppError> = {
  XLSX_INVALID: () => new AppError('XLSX_INVALID'),
  XLSX_TOO_LARGE: () =>
    new AppError(
      'XLSX_TOO_LARGE',
      `Tệp Excel quá lớn khi giải nén (tối đa ${SHEET_LIMITS.maxInflatedBytes / 1024 / 1024} MB).`,
    ),
  XLSX_TOO_MANY_ROWS: () =>
    new AppError(
      'XLSX_TOO_MANY_ROWS',
      `Tệp Excel có quá nhiều dòng (tối đa ${SHEET_LIMITS.maxRows.toLocaleString('vi-VN')} dòng). Hãy chia thành nhiều tệp.`,
    ),
  XLSX_TOO_MANY_CELLS: () =>
    new AppError(
      'XLSX_TOO_MANY_CELLS',
      `Tệp Excel có quá nhiều ô dữ liệu (tối đa ${SHEET_LIMITS.maxCells.toLocaleString('vi-VN')} ô).`,
    ),
};

/**
 * The cell texts of the first sheet, row by row (index 0 is the sheet's row 1), merged cells
 * filled, dates as YYYY-MM-DD. Read in a worker thread with a heap cap and a time limit, after
 * the zip is checked part by part (inflated size, rows, cells): the server keeps answering
 * meanwhile, and a sheet past the limits is refused with its code.
 */
export function readSheetRows(
  content: Buffer,
  limits: Partial<typeof SHEET_LIMITS> = {},
): Promise<string[][]> {
  const l = { ...SHEET_LIMITS, ...limits };
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(workerUrl, {
      workerData: { content, limits: l, exceljsPath },
      resourceLimits: { maxOldGenerationSizeMb: l.heapMb, maxYoungGenerationSizeMb: 16 },
      stdout: true,
      stderr: true,
    });
    const done = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => done(() => reject(refusals.XLSX_TOO_LARGE?.())), l.timeoutMs);
    worker.on('message', (m: { rows?: string[][]; refused?: string }) =>
      done(() => {
        if (m.rows) resolve(m.rows);
        else reject((refusals[m.refused ?? ''] ?? refusals.XLSX_INVALID)?.());
      }),
    );
    // out of its heap (ERR_WORKER_OUT_OF_MEMORY) or any crash: the sheet is refused
    worker.on('error', (err: Error & { code?: string }) =>
      done(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? refusals.XLSX_TOO_LARGE?.() : refusals.XLSX_INVALID?.(),
        ),
      ),
    );
    worker.on('exit', () => done(() => reject(refusals.XLSX_INVALID?.())));
  });
}
