// The text a request to POST /api/intake/extract carries: JSON {"text"} or one uploaded file
// (.txt, .docx, .pdf with a text layer) read by readDocumentText.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/errors.js';
import { cleanFileName } from '../files/upload.js';
import { readDocumentText } from './read-file.js';
import { extractBody } from './schema.js';

export const INTAKE_MAX_BYTES = 10 * 1024 * 1024;

export async function textOfRequest(req: FastifyRequest, maxBytes = INTAKE_MAX_BYTES): Promise<string> {
  if (!req.isMultipart()) {
    const parsed = extractBody.safeParse(req.body);
    if (!parsed.success)
      throw new AppError(
        'VALIDATION_ERROR',
        'Gửi nội dung văn bản trong trường "text" hoặc tải lên một tệp.',
        {
          details: parsed.error.issues,
        },
      );
    return parsed.data.text;
  }
  let file: { name: string; mime: string; content: Buffer } | null = null;
  try {
    for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 1, fields: 5 } })) {
      if (part.type === 'field') continue;
      const content = await part.toBuffer();
      if (part.fieldname === 'file' && !file)
        file = { name: cleanFileName(part.filename), mime: part.mimetype, content };
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(
        'FILE_TOO_LARGE',
        `Tệp vượt quá dung lượng cho phép (tối đa ${Math.round(maxBytes / 1024 / 1024)} MB).`,
      );
    throw err;
  }
  if (!file || file.content.length === 0) throw new AppError('FILE_REQUIRED');
  return readDocumentText(file.content, file.name, file.mime);
}
