// Generic upload and download of files (attachments, plans, evidence), used by every module.
import { z } from 'zod';
import { commonErrors, errorBody, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES, servableInline } from './kinds.js';
import { contentDisposition, presentFile } from './present.js';
import { downloadQuery, fileOut } from './schema.js';
import * as service from './service.js';
import { readUpload } from './upload.js';

const tags = ['Tệp'];
const uploadErrors = { ...commonErrors, 413: errorBody, 415: errorBody };

export const filesModule: AppModule = {
  name: 'files',
  register(app, { db }) {
    app.post(
      '/files',
      {
        schema: {
          tags,
          summary: 'Tải một tệp lên (PDF, Word, Excel, ảnh; tối đa 20 MB)',
          description:
            'multipart/form-data: trường `file` là tệp; trường `unitId` (tùy chọn, chỉ chuyên viên Sở Ngoại vụ) là đơn vị mà tệp thuộc về. Tệp của cán bộ đơn vị luôn thuộc đơn vị của họ.',
          consumes: ['multipart/form-data'],
          response: { 201: fileOut, ...uploadErrors },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const { file, fields } = await readUpload(req, {
          maxBytes: ATTACHMENT_MAX_BYTES,
          allow: ATTACHMENT_KINDS,
        });
        const unitId = z.uuid().safeParse(fields.unitId).data ?? null;
        return reply.status(201).send(presentFile(await service.uploadFile(db, actor, file, unitId)));
      },
    );

    app.get(
      '/files/:id',
      {
        schema: {
          tags,
          summary: 'Thông tin một tệp',
          params: uuidParam,
          response: { 200: fileOut, ...commonErrors },
        },
      },
      async (req) => presentFile(await service.getFileMeta(db, actorOf(req), req.params.id)),
    );

    app.get(
      '/files/:id/download',
      {
        schema: {
          tags,
          summary: 'Tải tệp về (chỉ người được xem hồ sơ chứa tệp)',
          params: uuidParam,
          querystring: downloadQuery,
          response: { ...commonErrors },
        },
      },
      async (req, reply) => {
        const row = await service.getFileContent(db, actorOf(req), req.params.id);
        // shown in a tab only when its bytes are a PDF or an image; anything else is an attachment
        const inline = req.query.inline === '1' && servableInline(row.mime, row.content as Buffer);
        return reply
          .header('content-type', row.mime)
          .header('content-disposition', contentDisposition(row.name, inline))
          .header('cache-control', 'private, max-age=3600')
          .send(row.content as never);
      },
    );
  },
};
