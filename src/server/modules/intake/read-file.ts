// The text of an uploaded document (.txt, .docx, .pdf with a text layer) for intake. Refuses,
// with a stable code and a Vietnamese message, what it cannot read rather than return nothing.
import { AppError } from '../../lib/errors.js';

export type DocumentFormat = 'txt' | 'docx' | 'pdf';

const MESSAGES = {
  INTAKE_UNSUPPORTED_FORMAT:
    'Định dạng tệp không được hỗ trợ. Vui lòng tải lên tệp .docx, .pdf (có lớp chữ) hoặc .txt; tệp .doc cũ hãy lưu lại dưới dạng .docx.',
  INTAKE_NO_TEXT_LAYER:
    'Tệp PDF không có lớp chữ (bản scan, chỉ có hình ảnh) nên không đọc được nội dung. Vui lòng dùng bản PDF xuất từ Word, tệp .docx, hoặc dán nội dung văn bản.',
  INTAKE_UNREADABLE_FILE: 'Không đọc được tệp: tệp bị hỏng, có mật khẩu hoặc không đúng định dạng.',
} as const;

export function intakeError(code: keyof typeof MESSAGES): AppError {
  const status = code === 'INTAKE_UNSUPPORTED_FORMAT' ? 415 : 422;
  return new AppError(code, MESSAGES[code], { status });
}

export function detectFormat(buffer: Buffer, filename: string, mime?: string): DocumentFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  if (ext === 'pdf' || mime === 'application/pdf') return 'pdf';
  if (ext === 'docx' || mime === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    return 'docx';
  if (['txt', 'text'].includes(ext) || mime?.startsWith('text/plain')) return 'txt';
  if (ext) return null;
  // No extension: trust the content.
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (buffer[0] === 0x50 && buffer[1] === 0x4b) return 'docx';
  if (!buffer.subarray(0, 4096).includes(0)) return 'txt';
  return null;
}

/** The document's text. Errors carry `code`: INTAKE_UNSUPPORTED_FORMAT, INTAKE_NO_TEXT_LAYER, INTAKE_UNREADABLE_FILE. */
export async function readDocumentText(buffer: Buffer, filename: string, mime?: string): Promise<string> {
  const format = detectFormat(buffer, filename, mime);
  if (format === 'txt') return decodeText(buffer);
  if (format === 'docx') return readDocx(buffer);
  if (format === 'pdf') return readPdf(buffer);
  throw intakeError('INTAKE_UNSUPPORTED_FORMAT');
}

function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    // Old Vietnamese Windows files.
    return new TextDecoder('windows-1258').decode(buffer);
  }
}

async function readDocx(buffer: Buffer): Promise<string> {
  if (!(buffer[0] === 0x50 && buffer[1] === 0x4b)) throw intakeError('INTAKE_UNREADABLE_FILE');
  const mammoth = (await import('mammoth')).default;
  try {
    const { value } = await mammoth.extractRawText({ buffer });
    return value;
  } catch {
    throw intakeError('INTAKE_UNREADABLE_FILE');
  }
}

interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

async function readPdf(buffer: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof getDocument>['promise']>;
  try {
    doc = await getDocument({
      data: new Uint8Array(buffer),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch {
    throw intakeError('INTAKE_UNREADABLE_FILE');
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items as PdfTextItem[]));
      page.cleanup();
    }
    const text = pages.join('\n\n');
    // A scan may carry a stray word or two (a stamp, a page number); real text has far more.
    if (text.replace(/\s/g, '').length < Math.max(20, 10 * doc.numPages))
      throw intakeError('INTAKE_NO_TEXT_LAYER');
    return text;
  } finally {
    await doc.destroy();
  }
}

/** Items in reading order; a new line when the extractor says so or the baseline drops back left. */
function pageText(items: PdfTextItem[]): string {
  let out = '';
  let prevX = Number.NEGATIVE_INFINITY;
  let prevY: number | null = null;
  for (const item of items) {
    const x = item.transform?.[4] ?? 0;
    const y = item.transform?.[5] ?? 0;
    const size = Math.abs(item.transform?.[3] ?? 10) || 10;
    // A raised footnote marker sits a little higher but continues to the right: same line.
    if (prevY !== null && !out.endsWith('\n') && Math.abs(y - prevY) > size * 0.6 && x < prevX) out += '\n';
    out += item.str;
    if (item.hasEOL) out += '\n';
    prevX = x;
    prevY = y;
  }
  return out;
}
