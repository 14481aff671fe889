// /api/commitments: the register, one commitment, priority order, summaries and Excel export.
import { z } from 'zod';
import { commonErrors, listOf, okBody, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { exportRegister } from './export.js';
import { commitmentPolicy } from './policy.js';
import { presentCommitment } from './present.js';
import { countrySummary, filterOptions, resourceTotals } from './register-repo.js';
import { registerRoadmapRoutes } from './roadmap-routes.js';
import {
  commitmentOut,
  countrySummaryOut,
  createCommitmentBody,
  exportQuery,
  listCommitmentsQuery,
  priorityBody,
  priorityOut,
  resourceTotalsOut,
  resourceTotalsQuery,
  updateCommitmentBody,
} from './schema.js';
import * as service from './service.js';

const tags = ['Cam kết, thỏa thuận'];

export const commitmentsModule: AppModule = {
  name: 'commitments',
  register(app, ctx) {
    const today = () => ctx.clock.today();

    app.get(
      '/commitments',
      {
        schema: {
          tags,
          summary:
            'Sổ theo dõi cam kết, thỏa thuận (lọc theo quốc gia, đối tác, lĩnh vực, tình trạng, đơn vị…)',
          querystring: listCommitmentsQuery,
          response: { 200: listOf(commitmentOut), ...commonErrors },
        },
      },
      async (req) => {
        const { rows, total } = await service.listCommitments(ctx, actorOf(req), req.query);
        return {
          items: rows.map((r) => presentCommitment(r, today())),
          total,
          page: req.query.page,
          pageSize: req.query.pageSize,
        };
      },
    );

    app.get(
      '/commitments/export.xlsx',
      {
        schema: {
          tags,
          summary: 'Xuất sổ cam kết ra Excel (cùng bộ lọc)',
          querystring: exportQuery,
          response: { 200: z.unknown(), ...commonErrors },
        },
      },
      async (req, reply) => {
        const buf = await exportRegister(ctx, actorOf(req), req.query);
        const name = `so-cam-ket-${today()}.xlsx`;
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${name}"; filename*=UTF-8''${name}`)
          .send(buf);
      },
    );

    app.get(
      '/commitments/filters',
      {
        schema: {
          tags,
          summary: 'Các quốc gia, đối tác có trong sổ (cho bộ lọc)',
          response: {
            200: z.object({ countries: z.array(z.string()), partners: z.array(z.string()) }),
            ...commonErrors,
          },
        },
      },
      async (req) => filterOptions(ctx.db, commitmentPolicy.scope(actorOf(req))),
    );

    app.get(
      '/commitments/summary/countries',
      {
        schema: {
          tags,
          summary: 'Tổng hợp theo quốc gia',
          response: { 200: countrySummaryOut, ...commonErrors },
        },
      },
      async (req) => countrySummary(ctx.db, commitmentPolicy.scope(actorOf(req)), today()),
    );

    app.get(
      '/commitments/summary/resources',
      {
        schema: {
          tags,
          summary: 'Tổng nguồn lực (cán bộ, kinh phí) theo đơn vị, lĩnh vực hoặc nguồn',
          querystring: resourceTotalsQuery,
          response: { 200: resourceTotalsOut, ...commonErrors },
        },
      },
      async (req) => {
        const rows = await resourceTotals(ctx.db, req.query.by, commitmentPolicy.scope(actorOf(req)));
        return rows.map((r) => ({ ...r, label: r.label ?? r.key }));
      },
    );

    app.put(
      '/commitments/priority',
      {
        schema: {
          tags,
          summary: 'Sắp xếp thứ tự ưu tiên (danh sách mã theo thứ tự)',
          body: priorityBody,
          response: { 200: priorityOut, ...commonErrors },
        },
      },
      async (req) => service.reorderPriorities(ctx, actorOf(req), req.body.ids),
    );

    app.get(
      '/commitments/:id',
      {
        schema: {
          tags,
          summary: 'Một cam kết, thỏa thuận',
          params: uuidParam,
          response: { 200: commitmentOut, ...commonErrors },
        },
      },
      async (req) =>
        presentCommitment(await service.getCommitment(ctx, actorOf(req), req.params.id), today()),
    );

    app.post(
      '/commitments',
      {
        schema: {
          tags,
          summary: 'Đăng ký cam kết, thỏa thuận (đơn vị chủ trì, phối hợp thành giao việc)',
          body: createCommitmentBody,
          response: { 201: commitmentOut, ...commonErrors },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(presentCommitment(await service.createCommitment(ctx, actorOf(req), req.body), today())),
    );

    app.patch(
      '/commitments/:id',
      {
        schema: {
          tags,
          summary: 'Sửa cam kết, thỏa thuận',
          params: uuidParam,
          body: updateCommitmentBody,
          response: { 200: commitmentOut, ...commonErrors },
        },
      },
      async (req) =>
        presentCommitment(
          await service.updateCommitment(ctx, actorOf(req), req.params.id, req.body),
          today(),
        ),
    );

    app.delete(
      '/commitments/:id',
      {
        schema: {
          tags,
          summary: 'Xóa cam kết nhập nhầm',
          params: uuidParam,
          response: { 200: okBody, ...commonErrors },
        },
      },
      async (req) => {
        await service.deleteCommitment(ctx, actorOf(req), req.params.id);
        return { ok: true as const };
      },
    );

    registerRoadmapRoutes(app, ctx);
  },
};
