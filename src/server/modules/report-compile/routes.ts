// /api/report-rounds/{id}/…: the compiled report's draft, the .docx and annex .xlsx made from
// it, the produced versions, and the round's covering công văn.
import { z } from 'zod';
import { commonErrors, uuidParam } from '../../lib/http.js';
import { DOCX_MIME } from '../../lib/nd30/index.js';
import { actorOf } from '../../lib/session.js';
import { XLSX_MIME } from '../files/excel.js';
import { contentDisposition } from '../files/present.js';
import type { AppModule } from '../index.js';
import { draftOut, outputOut, produceBody, putDraftBody } from './schema.js';
import * as service from './service.js';

const tags = ['Báo cáo tổng hợp'];
const fileResponse = { 200: z.any().describe('Tệp'), ...commonErrors };

export const reportCompileModule: AppModule = {
  name: 'report-compile',
  register(app, { db, clock }) {
    const when = () => ({ today: clock.today(), now: clock.now() });
    const outputs = z.object({ items: z.array(outputOut), total: z.number().int() });

    app.get(
      '/report-rounds/:id/report-draft',
      {
        schema: {
          tags,
          summary: 'Dự thảo báo cáo tổng hợp (viết từ báo cáo của các đơn vị, Sở Ngoại vụ sửa được)',
          params: uuidParam,
          response: { 200: draftOut, ...commonErrors },
        },
      },
      async (req) => service.getDraft(db, actorOf(req), req.params.id, when()),
    );

    app.put(
      '/report-rounds/:id/report-draft',
      {
        schema: {
          tags,
          summary: 'Lưu dự thảo đã sửa, hoặc viết lại từ báo cáo của các đơn vị (regenerate)',
          params: uuidParam,
          body: putDraftBody,
          response: { 200: draftOut, ...commonErrors },
        },
      },
      async (req) => service.putDraft(db, actorOf(req), req.params.id, req.body, when()),
    );

    app.get(
      '/report-rounds/:id/report.docx',
      {
        schema: {
          tags,
          summary: 'Báo cáo tổng hợp (.docx, thể thức Nghị định 30)',
          params: uuidParam,
          response: fileResponse,
        },
      },
      async (req, reply) => {
        const buf = await service.reportDocx(db, actorOf(req), req.params.id, when());
        return reply
          .header('content-type', DOCX_MIME)
          .header('content-disposition', contentDisposition('bao-cao-tong-hop.docx'))
          .header('cache-control', 'no-store')
          .send(buf);
      },
    );

    app.get(
      '/report-rounds/:id/annex.xlsx',
      {
        schema: {
          tags,
          summary: 'Phụ lục I, II của báo cáo tổng hợp (.xlsx)',
          params: uuidParam,
          response: fileResponse,
        },
      },
      async (req, reply) => {
        const buf = await service.annexXlsx(db, actorOf(req), req.params.id, when());
        return reply
          .header('content-type', XLSX_MIME)
          .header('content-disposition', contentDisposition('phu-luc-bao-cao-tong-hop.xlsx'))
          .header('cache-control', 'no-store')
          .send(buf);
      },
    );

    app.get(
      '/report-rounds/:id/letter.docx',
      {
        schema: {
          tags,
          summary: 'Công văn đề nghị báo cáo, kèm đề cương (.docx)',
          params: uuidParam,
          response: fileResponse,
        },
      },
      async (req, reply) => {
        const buf = await service.letterDocx(db, actorOf(req), req.params.id, when());
        return reply
          .header('content-type', DOCX_MIME)
          .header('content-disposition', contentDisposition('cong-van-de-nghi-bao-cao.docx'))
          .header('cache-control', 'no-store')
          .send(buf);
      },
    );

    app.get(
      '/report-rounds/:id/outputs',
      {
        schema: {
          tags,
          summary: 'Các tệp đã lập của kỳ (báo cáo, phụ lục, công văn), theo phiên bản',
          params: uuidParam,
          response: { 200: outputs, ...commonErrors },
        },
      },
      async (req) => service.listOutputs(db, actorOf(req), req.params.id, clock.today()),
    );

    app.post(
      '/report-rounds/:id/outputs',
      {
        schema: {
          tags,
          summary: 'Lập tệp từ dự thảo hiện tại và lưu với kỳ (phiên bản mới)',
          params: uuidParam,
          body: produceBody,
          response: { 201: outputs, ...commonErrors },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await service.produce(db, actorOf(req), req.params.id, req.body.kind, when())),
    );
  },
};
