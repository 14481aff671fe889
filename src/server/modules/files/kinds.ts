// The file types the product accepts, recognised by their content as well as their name: a
// renamed executable is not a PDF. The browser's declared MIME type is never trusted.

export interface FileKind {
  exts: readonly string[];
  mime: string;
  label: string;
  /** True when the bytes look like this kind. */
  sniff(b: Buffer): boolean;
}

const startsWith = (b: Buffer, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
/** Markup a browser would run if it ever took the file for a page (an HTML/SVG polyglot). */
const MARKUP = /<(?:!doctype|html|head|body|script|iframe|svg|object|embed|meta|img)/i;
const hasMarkup = (b: Buffer) => MARKUP.test(b.subarray(0, 4096).toString('latin1'));
/** A PDF starts with its header and ends with %%EOF (a little trailing whitespace allowed). */
const isPdf = (b: Buffer) =>
  b.subarray(0, 5).toString('latin1') === '%PDF-' && b.subarray(-1024).includes('%%EOF');
const isZip = (b: Buffer) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]);
// Office Open XML packages name their parts in the zip's local headers, uncompressed.
const zipHas = (b: Buffer, part: string) => isZip(b) && b.includes(Buffer.from(part, 'latin1'));

export const fileKinds = {
  pdf: {
    exts: ['pdf'],
    mime: 'application/pdf',
    label: 'PDF',
    sniff: isPdf,
  },
  docx: {
    exts: ['docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (.docx)',
    sniff: (b) => zipHas(b, 'word/'),
  },
  xlsx: {
    exts: ['xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel (.xlsx)',
    sniff: (b) => zipHas(b, 'xl/'),
  },
  png: {
    exts: ['png'],
    mime: 'image/png',
    label: 'PNG',
    sniff: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47]),
  },
  jpeg: {
    exts: ['jpg', 'jpeg'],
    mime: 'image/jpeg',
    label: 'JPEG',
    sniff: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  },
  webp: {
    exts: ['webp'],
    mime: 'image/webp',
    label: 'WebP',
    sniff: (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8),
  },
} satisfies Record<string, FileKind>;
export type FileKindCode = keyof typeof fileKinds;

/** Attachments, plans, evidence: PDF, Word, Excel, images. */
export const ATTACHMENT_KINDS: FileKindCode[] = ['pdf', 'docx', 'xlsx', 'png', 'jpeg', 'webp'];
/** Sheets read by imports. */
export const SHEET_KINDS: FileKindCode[] = ['xlsx'];

export const MB = 1024 * 1024;
/** Upload limits per use: attachments up to 20 MB, sheets to import up to 5 MB. */
export const ATTACHMENT_MAX_BYTES = 20 * MB;
export const SHEET_MAX_BYTES = 5 * MB;

/**
 * The kind of an upload, by extension and content (magic bytes), among the allowed ones; null
 * when refused, also when its first bytes hold HTML or SVG markup whatever its magic bytes.
 */
export function detectKind(filename: string, content: Buffer, allowed: FileKindCode[]): FileKindCode | null {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  if (hasMarkup(content)) return null;
  for (const code of allowed) {
    const kind: FileKind = fileKinds[code];
    if (kind.exts.includes(ext) && kind.sniff(content)) return code;
  }
  return null;
}

/** Kinds a browser may show in a tab (a PDF, an image); anything else is always downloaded. */
const INLINE_KINDS: FileKindCode[] = ['pdf', 'png', 'jpeg', 'webp'];

/** True when a stored file may be served inline: its content, checked again, is a safe kind. */
export function servableInline(mime: string, content: Buffer): boolean {
  const code = INLINE_KINDS.find((k) => fileKinds[k].mime === mime);
  return code !== undefined && fileKinds[code].sniff(content) && !hasMarkup(content);
}

export const allowedLabel = (allowed: FileKindCode[]) => allowed.map((k) => fileKinds[k].label).join(', ');
