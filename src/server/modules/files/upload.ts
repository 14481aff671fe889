// Reads one multipart upload with the route's own size limit and allow-list, so every module
// refuses too-large or wrong-type files the same way (FILE_TOO_LARGE / FILE_TYPE_NOT_ALLOWED).
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/errors.js';
import { allowedLabel, detectKind, type FileKindCode, fileKinds, MB } from './kinds.js';

export interface Upload {
  name: string;
  mime: string;
  kind: FileKindCode;
  content: Buffer;
}

export interface UploadOptions {
  maxBytes: number;
  allow: FileKindCode[];
  /** The form field holding the file (default "file"). */
  field?: string;
}

const sizeLabel = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/** A file name safe to store and to send back in a header: no path, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base.normalize('NFC')]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && ch !== '"')
    .join('')
    .trim();
  return (cleaned || 'tep').slice(0, 200);
}

/** The file and the text fields of a multipart request. Throws when there is no file. */
export async function readUpload(
  req: FastifyRequest,
  opts: UploadOptions,
): Promise<{ file: Upload; fields: Record<string, string> }> {
  if (!req.isMultipart()) throw new AppError('FILE_REQUIRED');
  const field = opts.field ?? 'file';
  const fields: Record<string, string> = {};
  let file: Upload | null = null;
  try {
    for await (const part of req.parts({ limits: { fileSize: opts.maxBytes, files: 1, fields: 20 } })) {
      if (part.type === 'field') {
        const value = String(part.value ?? '');
        if (value.includes('\u0000') || part.fieldname.includes('\u0000'))
          throw new AppError('TEXT_HAS_NUL', undefined, {
            details: [{ field: part.fieldname, message: 'Chứa ký tự NUL.' }],
          });
        fields[part.fieldname] = value;
        continue;
      }
      const content = await part.toBuffer();
      if (part.fieldname !== field || file) continue;
      const name = cleanFileName(part.filename);
      const kind = detectKind(name, content, opts.allow);
      if (!kind) {
        throw new AppError(
          'FILE_TYPE_NOT_ALLOWED',
          `Tệp "${name}" không thuộc loại được phép (${allowedLabel(opts.allow)}), hoặc nội dung không đúng với đuôi tệp.`,
        );
      }
      file = { name, mime: fileKinds[kind].mime, kind, content };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(
        'FILE_TOO_LARGE',
        `Tệp vượt quá dung lượng cho phép (tối đa ${sizeLabel(opts.maxBytes)}).`,
      );
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      throw new AppError('PAYLOAD_TOO_LARGE');
    // a body cut short, a missing boundary, a broken part header: the client's fault
    throw new AppError('MULTIPART_INVALID');
  }
  if (!file) throw new AppError('FILE_REQUIRED');
  if (file.content.length === 0) throw new AppError('FILE_REQUIRED', 'Tệp tải lên rỗng.');
  return { file, fields };
}

/** The text fields of a multipart form, validated (a bad field is a 400 VALIDATION_ERROR). */
export function parseFields<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  fields: Record<string, string>,
): T {
  const r = schema.safeParse(fields);
  if (r.success) return r.data;
  const details = r.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
  const first = details[0];
  throw new AppError(
    'VALIDATION_ERROR',
    `Dữ liệu không hợp lệ${first?.field ? ` ở trường "${first.field}"` : ''}: ${first?.message ?? ''}`,
    {
      details,
    },
  );
}
