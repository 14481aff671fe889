import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { commonErrors, errorBody, listOf, okBody, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import { sendWorkbook, viDate } from '../files/excel.js';
import { ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES } from '../files/kinds.js';
import { presentFile } from '../files/present.js';
import { fileOut } from '../files/schema.js';
import { readUpload } from '../files/upload.js';
import type { AppModule } from '../index.js';
import { documentLineage } from './lineage.js';
import { presentDocument, presentRef } from './present.js';
import {
  createDocumentBody,
  documentDetailOut,
  documentOut,
  exportDocumentsQuery,
  fileParams,
  lineageOut,
  linkBody,
  linkParams,
  linkQuery,
  listDocumentsQuery,
  updateDocumentBody,
} from './schema.js';
import * as service from './service.js';

const tags = ['Văn bản'];

export const documentsModule: AppModule = {
  name: 'documents',
  register(app, { db, clock }) {
    app.get(
      '/documents',
      {
        schema: {
          tags,
          summary: 'Danh sách văn bản (tìm theo số, trích yếu, cơ quan ban hành; không dấu)',
          querystring: listDocumentsQuery,
          response: { 200: listOf(documentOut), ...commonErrors },
        },
      },
      async (req) => {
        const { rows, total } = await service.listDocuments(db, actorOf(req), req.query);
        return {
          items: rows.map(presentDocument),
          total,
          page: req.query.page,
          pageSize: req.query.pageSize,
        };
      },
    );

    app.get(
      '/documents/export.xlsx',
      {
        schema: {
          tags,
          summary: 'Xuất danh sách văn bản ra Excel',
          querystring: exportDocumentsQuery,
          response: commonErrors,
        },
      },
      async (req, reply) => {
        const rows = await service.exportDocuments(db, actorOf(req), req.query);
        return sendWorkbook(reply, `van-ban-${clock.today()}.xlsx`, {
          name: 'Văn bản',
          title: 'DANH SÁCH VĂN BẢN',
          subtitle: [`Xuất ngày ${viDate(clock.today())}`],
          rows,
          columns: [
            { header: 'STT', width: 6, value: (_, i) => i + 1 },
            { header: 'Số, ký hiệu', width: 18, value: (r) => r.number },
            { header: 'Loại', width: 14, value: (r) => r.type },
            { header: 'Ngày ban hành', width: 14, value: (r) => viDate(r.issuedOn) },
            { header: 'Cơ quan ban hành', width: 28, value: (r) => r.issuer },
            { header: 'Trích yếu', width: 60, value: (r) => r.summary },
            { header: 'Người ký', width: 22, value: (r) => r.signer },
            { header: 'Đơn vị', width: 24, value: (r) => r.unitName },
          ],
        });
      },
    );

    app.post(
      '/documents',
      {
        schema: {
          tags,
          summary: 'Đăng ký văn bản (số, ký hiệu duy nhất theo cơ quan ban hành và năm)',
          body: createDocumentBody,
          response: { 201: documentOut, ...commonErrors },
        },
      },
      async (req, reply) => {
        const row = await service.createDocument(db, actorOf(req), req.body);
        return reply.status(201).send(presentDocument(await service.getDocument(db, actorOf(req), row.id)));
      },
    );

    app.get(
      '/documents/:id',
      {
        schema: {
          tags,
          summary: 'Một văn bản với liên kết, tệp đính kèm',
          params: uuidParam,
          response: { 200: documentDetailOut, ...commonErrors },
        },
      },
      async (req) => {
        const d = await service.getDocumentDetail(db, actorOf(req), req.params.id);
        return {
          ...presentDocument(d.row),
          implements: d.implements.map(presentRef),
          cites: d.cites.map(presentRef),
          implementedBy: d.implementedBy.map(presentRef),
          citedBy: d.citedBy.map(presentRef),
          files: d.files.map(presentFile),
          taskCount: d.taskCount,
          sourceText: d.sourceText,
        };
      },
    );

    app.patch(
      '/documents/:id',
      {
        schema: {
          tags,
          summary: 'Sửa văn bản',
          params: uuidParam,
          body: updateDocumentBody,
          response: { 200: documentOut, ...commonErrors },
        },
      },
      async (req) => {
        await service.updateDocument(db, actorOf(req), req.params.id, req.body);
        return presentDocument(await service.getDocument(db, actorOf(req), req.params.id));
      },
    );

    app.delete(
      '/documents/:id',
      {
        schema: {
          tags,
          summary: 'Xóa văn bản nhập nhầm (khi chưa có nhiệm vụ)',
          params: uuidParam,
          response: { 200: okBody, ...commonErrors },
        },
      },
      async (req) => {
        await service.deleteDocument(db, actorOf(req), req.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/documents/:id/lineage',
      {
        schema: {
          tags,
          summary:
            'Chuỗi văn bản: văn bản cấp trên mà văn bản này triển khai, và các văn bản, kế hoạch của đơn vị triển khai nó',
          params: uuidParam,
          response: { 200: lineageOut, ...commonErrors },
        },
      },
      async (req) => documentLineage(db, actorOf(req), req.params.id),
    );

    app.post(
      '/documents/:id/links',
      {
        schema: {
          tags,
          summary: 'Thêm liên kết: văn bản này triển khai (implements) hoặc căn cứ (cites) văn bản khác',
          params: uuidParam,
          body: linkBody,
          response: { 200: okBody, ...commonErrors },
        },
      },
      async (req) => {
        await service.addLink(db, actorOf(req), req.params.id, req.body.toId, req.body.kind);
        return { ok: true as const };
      },
    );

    app.delete(
      '/documents/:id/links/:toId',
      {
        schema: {
          tags,
          summary: 'Bỏ liên kết',
          params: linkParams,
          querystring: linkQuery,
          response: { 200: okBody, ...commonErrors },
        },
      },
      async (req) => {
        await service.removeLink(db, actorOf(req), req.params.id, req.params.toId, req.query.kind);
        return { ok: true as const };
      },
    );

    app.post(
      '/documents/:id/files',
      {
        schema: {
          tags,
          summary:
            'Đính kèm tệp (PDF, Word, Excel, ảnh; tối đa 20 MB) — multipart, trường `file`; hoặc JSON {fileId}',
          params: uuidParam,
          consumes: ['multipart/form-data', 'application/json'],
          response: { 201: fileOut, ...commonErrors, 413: errorBody, 415: errorBody },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        if (!req.isMultipart()) {
          const body = z.strictObject({ fileId: z.uuid() }).safeParse(req.body);
          if (!body.success) throw new AppError('FILE_REQUIRED');
          return reply
            .status(201)
            .send(presentFile(await service.attachExisting(db, actor, req.params.id, body.data.fileId)));
        }
        const { file } = await readUpload(req, { maxBytes: ATTACHMENT_MAX_BYTES, allow: ATTACHMENT_KINDS });
        return reply
          .status(201)
          .send(presentFile(await service.attachUpload(db, actor, req.params.id, file)));
      },
    );

    app.delete(
      '/documents/:id/files/:fileId',
      {
        schema: {
          tags,
          summary: 'Gỡ tệp đính kèm',
          params: fileParams,
          response: { 200: okBody, ...commonErrors },
        },
      },
      async (req) => {
        await service.detachFile(db, actorOf(req), req.params.id, req.params.fileId);
        return { ok: true as const };
      },
    );
  },
};
