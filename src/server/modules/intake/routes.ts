// Document intake: read a directive (pasted or uploaded) into a draft, and save the reviewed draft.
import { commonErrors, errorBody } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { intakePolicy } from './policy.js';
import { extractionOut, saveBody, saveResult } from './schema.js';
import * as service from './service.js';
import { textOfRequest } from './upload.js';

const tags = ['Tiếp nhận văn bản'];

export const intakeModule: AppModule = {
  name: 'intake',
  register(app, { db, clock }) {
    app.post(
      '/intake/extract',
      {
        schema: {
          tags,
          summary:
            'Đọc văn bản chỉ đạo: số, ngày, cơ quan ban hành, văn bản viện dẫn, nhiệm vụ, đơn vị, thời hạn',
          description:
            'JSON `{"text": "…"}` (nội dung dán vào) hoặc multipart/form-data với trường `file` (.docx, .pdf có lớp chữ, .txt; tối đa 10 MB). Không lưu gì. PDF scan không có lớp chữ: 422 INTAKE_NO_TEXT_LAYER.',
          consumes: ['application/json', 'multipart/form-data'],
          response: { 200: extractionOut, ...commonErrors, 413: errorBody, 415: errorBody, 422: errorBody },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        intakePolicy.assertUse(actor);
        return service.extract(db, actor, await textOfRequest(req));
      },
    );

    app.post(
      '/intake/save',
      {
        schema: {
          tags,
          summary:
            'Lưu bản nháp đã rà soát: văn bản, liên kết viện dẫn, nhiệm vụ và giao việc (tất cả hoặc không gì)',
          body: saveBody,
          response: { 201: saveResult, ...commonErrors },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await service.save(db, actorOf(req), req.body, clock.today())),
    );
  },
};
