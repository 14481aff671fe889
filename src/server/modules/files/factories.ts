// Test helpers: multipart bodies and small files of each kind, sent through the real API.
import type { TestApp } from '../../test/harness.js';

export const samplePdf = (text = 'Kế hoạch') =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'utf8',
  );

/** Looks like a .docx to the sniffer: a zip whose parts live under word/. */
export const sampleDocx = () =>
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml....', 'latin1')]);

export interface Part {
  name: string;
  value?: string;
  filename?: string;
  content?: Buffer;
  contentType?: string;
}

export function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----doingoai${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if (p.filename !== undefined) {
      chunks.push(
        Buffer.from(
          `Content-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${p.contentType ?? 'application/octet-stream'}\r\n\r\n`,
        ),
      );
      chunks.push(p.content ?? Buffer.alloc(0));
      chunks.push(Buffer.from('\r\n'));
    } else {
      chunks.push(
        Buffer.from(`Content-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value ?? ''}\r\n`),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** POST a multipart form as a demo user. */
export async function postForm(t: TestApp, as: string, url: string, parts: Part[]) {
  const { payload, headers } = multipart(parts);
  return t.app.inject({ method: 'POST', url, payload, headers: { ...headers, cookie: await t.login(as) } });
}

/** Uploads a file through POST /api/files and returns its id. */
export async function buildFile(
  t: TestApp,
  as: string,
  opts: { name?: string; content?: Buffer; unitId?: string } = {},
): Promise<string> {
  const parts: Part[] = [];
  if (opts.unitId) parts.push({ name: 'unitId', value: opts.unitId });
  parts.push({ name: 'file', filename: opts.name ?? 'ke-hoach.pdf', content: opts.content ?? samplePdf() });
  const res = await postForm(t, as, '/api/files', parts);
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** An .xlsx file whose first sheet holds these rows (row 1 first). */
export async function sheetBuffer(
  rows: (string | number | Date | null)[][],
  merges: string[] = [],
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  for (const r of rows) ws.addRow(r);
  for (const m of merges) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
