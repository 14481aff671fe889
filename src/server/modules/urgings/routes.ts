// /api/tasks/{id}/urging-letter.docx (draft), /api/tasks/{id}/urgings (send), the letter as sent.
import { z } from 'zod';
import { commonErrors, isoDate, listOf, pageQuery, uuidParam } from '../../lib/http.js';
import { DOCX_MIME } from '../../lib/nd30/index.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import * as service from './service.js';

const tags = ['Nhắc hạn, đôn đốc'];
const newDue = z.strictObject({ newDueOn: isoDate });
const sentOut = z.object({ id: z.uuid(), units: z.array(z.object({ id: z.uuid(), name: z.string() })) });

const receivedQuery = z.strictObject({
  unitId: z.uuid().optional(),
  taskId: z.uuid().optional(),
  ...pageQuery,
});
const receivedOut = listOf(
  z.object({
    /** The letter (GET /api/urgings/{id}/letter.docx). */
    id: z.uuid(),
    taskId: z.uuid(),
    taskTitle: z.string(),
    assignmentId: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string(),
    urgedOn: z.string(),
    newDueOn: z.string(),
    complied: z.number().int(),
    total: z.number().int(),
    createdAt: z.string(),
  }),
);

export const urgingsModule: AppModule = {
  name: 'urgings',
  register(app, ctx) {
    app.get(
      '/tasks/:id/urging-letter.docx',
      {
        schema: {
          tags,
          summary: 'Dự thảo công văn đôn đốc các đơn vị chưa thực hiện nhiệm vụ (.docx, Nghị định 30)',
          params: uuidParam,
          querystring: newDue,
          produces: [DOCX_MIME],
          response: { 200: z.any(), ...commonErrors },
        },
      },
      async (req, reply) => {
        const docx = await service.draftLetter(
          ctx.db,
          actorOf(req),
          req.params.id,
          req.query.newDueOn,
          ctx.clock.today(),
        );
        return reply
          .header('content-type', DOCX_MIME)
          .header('content-disposition', `attachment; filename="${service.letterFileName(req.params.id)}"`)
          .send(docx);
      },
    );

    app.post(
      '/tasks/:id/urgings',
      {
        schema: {
          tags,
          summary: 'Gửi công văn đôn đốc: ghi nhận đôn đốc từng đơn vị, thông báo và gửi thư kèm công văn',
          params: uuidParam,
          body: newDue,
          response: { 201: sentOut, ...commonErrors },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(
            await service.sendUrging(
              ctx.db,
              actorOf(req),
              req.params.id,
              req.body.newDueOn,
              ctx.clock.today(),
            ),
          ),
    );

    app.get(
      '/urgings',
      {
        schema: {
          tags,
          summary:
            'Công văn đôn đốc các đơn vị đã nhận (cán bộ đơn vị: của đơn vị mình), mới nhất trước, lọc theo đơn vị, nhiệm vụ',
          querystring: receivedQuery,
          response: { 200: receivedOut, ...commonErrors },
        },
      },
      async (req) => service.receivedUrgings(ctx.db, actorOf(req), req.query),
    );

    app.get(
      '/urgings/:id/letter.docx',
      {
        schema: {
          tags,
          summary: 'Công văn đôn đốc đã gửi (Sở Ngoại vụ và các đơn vị có tên)',
          params: uuidParam,
          produces: [DOCX_MIME],
          response: { 200: z.any(), ...commonErrors },
        },
      },
      async (req, reply) => {
        const f = await service.sentLetter(ctx.db, actorOf(req), req.params.id);
        return reply
          .header('content-type', DOCX_MIME)
          .header('content-disposition', `attachment; filename="${f.name}"`)
          .send(f.content);
      },
    );
  },
};
