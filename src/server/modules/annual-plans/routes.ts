// /api/annual-plans: the annual implementation plan Sở Ngoại vụ drafts for UBND tỉnh — create a
// draft (year, programme documents), read it, download the KẾ HOẠCH (.docx, Decree 30), register
// the issued plan; and the multi-year view (2026–2030) of the programme's tasks.

import { z } from 'zod';
import { commonErrors, uuidParam } from '../../lib/http.js';
import { DOCX_MIME } from '../../lib/nd30/index.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { presentPlan, presentPlanRow, presentTask } from './present.js';
import { createPlanBody, issuePlanBody, outlookOut, outlookQuery, planListItem, planOut } from './schema.js';
import * as service from './service.js';

const tags = ['Kế hoạch năm'];

export const annualPlansModule: AppModule = {
  name: 'annual-plans',
  register(app, ctx) {
    app.get(
      '/annual-plans',
      {
        schema: {
          tags,
          summary: 'Các kế hoạch năm đã lập (dự thảo, đã ban hành)',
          response: { 200: z.object({ items: z.array(planListItem) }), ...commonErrors },
        },
      },
      async (req) => ({
        items: (await service.listPlans(ctx.db, actorOf(req))).map((p) => presentPlanRow(p.plan, p.docs)),
      }),
    );

    app.post(
      '/annual-plans',
      {
        schema: {
          tags,
          summary: 'Lập dự thảo kế hoạch năm từ các văn bản chương trình (và các văn bản triển khai chúng)',
          body: createPlanBody,
          response: { 201: planOut, ...commonErrors },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const row = await service.createPlan(ctx.db, actor, req.body);
        const { plan, content } = await service.getPlan(ctx.db, actor, row.id);
        return reply.status(201).send(presentPlan(plan, content));
      },
    );

    app.get(
      '/annual-plans/outlook',
      {
        schema: {
          tags,
          summary: 'Nhiệm vụ của chương trình theo từng năm (giai đoạn 2026–2030)',
          querystring: outlookQuery,
          response: { 200: outlookOut, ...commonErrors },
        },
      },
      async (req) => {
        const o = await service.planOutlook(
          ctx.db,
          actorOf(req),
          req.query.documentIds,
          req.query.from,
          req.query.to,
        );
        return {
          years: o.years.map((y) => ({ year: y.year, tasks: y.tasks.map((t) => presentTask(t)) })),
          recurring: o.recurring.map((t) => presentTask(t)),
          undated: o.undated.map((t) => presentTask(t)),
          unfinishedBefore: o.unfinishedBefore.map((t) => presentTask(t)),
        };
      },
    );

    app.get(
      '/annual-plans/:id',
      {
        schema: {
          tags,
          summary:
            'Một kế hoạch năm: nhiệm vụ theo lĩnh vực, nhiệm vụ năm trước chuyển sang, nhiệm vụ thiếu "6 rõ"',
          params: uuidParam,
          response: { 200: planOut, ...commonErrors },
        },
      },
      async (req) => {
        const { plan, content } = await service.getPlan(ctx.db, actorOf(req), req.params.id);
        return presentPlan(plan, content);
      },
    );

    app.get(
      '/annual-plans/:id/plan.docx',
      {
        schema: {
          tags,
          summary: 'Tải KẾ HOẠCH (.docx, thể thức Nghị định 30/2020/NĐ-CP) kèm phụ lục "6 rõ"',
          params: uuidParam,
          response: { 200: z.any(), ...commonErrors },
        },
      },
      async (req, reply) => {
        const { plan, docx } = await service.planDocx(ctx.db, actorOf(req), req.params.id, ctx.clock.today());
        const name = `ke-hoach-nam-${plan.year}${plan.status === 'issued' ? '' : '-du-thao'}.docx`;
        return reply
          .header('content-type', DOCX_MIME)
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'no-store')
          .send(docx);
      },
    );

    app.post(
      '/annual-plans/:id/issue',
      {
        schema: {
          tags,
          summary: 'Đăng ký kế hoạch đã ban hành (số, ngày): tạo văn bản và các nhiệm vụ của kế hoạch',
          params: uuidParam,
          body: issuePlanBody,
          response: { 200: planOut, ...commonErrors },
        },
      },
      async (req) => {
        const { plan, content } = await service.issuePlan(ctx.db, actorOf(req), req.params.id, req.body);
        return presentPlan(plan, content);
      },
    );
  },
};
