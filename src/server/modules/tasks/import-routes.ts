import type { AppContext, FastifyZod } from '../../context.js';
import { commonErrors, errorBody } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import { SHEET_KINDS, SHEET_MAX_BYTES } from '../files/kinds.js';
import { parseFields, readUpload } from '../files/upload.js';
import { importTasks } from './import.js';
import { importTasksFields, importTasksResult } from './schema.js';

export function registerTaskImport(app: FastifyZod, { db, clock }: AppContext) {
  app.post(
    '/tasks/import',
    {
      schema: {
        tags: ['Nhiệm vụ'],
        summary:
          'Nhập nhiệm vụ từ phụ lục Excel (STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn thành, Sản phẩm)',
        description:
          'multipart/form-data: `documentId`, `dryRun` (mặc định true: chỉ kiểm tra và xem trước), `assign` (mặc định true: giao cho cơ quan chủ trì, phối hợp), rồi `file` (.xlsx, tối đa 5 MB). Có lỗi ở bất kỳ dòng nào thì không lưu gì.',
        consumes: ['multipart/form-data'],
        response: { 200: importTasksResult, ...commonErrors, 413: errorBody, 415: errorBody },
      },
    },
    async (req) => {
      const { file, fields } = await readUpload(req, { maxBytes: SHEET_MAX_BYTES, allow: SHEET_KINDS });
      const f = parseFields(importTasksFields, fields);
      return importTasks(db, actorOf(req), {
        documentId: f.documentId,
        content: file.content,
        dryRun: f.dryRun === 'true',
        assign: f.assign === 'true',
        today: clock.today(),
      });
    },
  );
}
