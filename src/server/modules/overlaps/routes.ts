// /api/overlaps: the overlap review (rà soát chồng chéo, trùng lặp) — the groups proposed with
// their score, a focal officer's decision on a group (and its withdrawal), and the summary per unit.
import { commonErrors, listOf, okBody, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { presentGroup } from './present.js';
import {
  decisionBody,
  listOverlapsQuery,
  overlapGroupOut,
  overlapSummaryOut,
  withdrawBody,
} from './schema.js';
import * as service from './service.js';

const tags = ['Rà soát chồng chéo, trùng lặp'];

export const overlapsModule: AppModule = {
  name: 'overlaps',
  register(app, ctx) {
    app.get(
      '/overlaps',
      {
        schema: {
          tags,
          summary:
            'Các nhóm nhiệm vụ có khả năng trùng lặp (độ tương đồng nội dung, đơn vị, thời gian), xếp theo điểm',
          querystring: listOverlapsQuery,
          response: { 200: listOf(overlapGroupOut), ...commonErrors },
        },
      },
      async (req) => {
        const { views, total, units } = await service.listOverlaps(ctx.db, actorOf(req), req.query);
        return {
          items: views.map((v) => presentGroup(v, units)),
          total,
          page: req.query.page,
          pageSize: req.query.pageSize,
        };
      },
    );

    app.get(
      '/overlaps/summary',
      {
        schema: {
          tags,
          summary: 'Tổng hợp theo đơn vị: số nhóm trùng lặp phát hiện và kết quả xử lý',
          response: { 200: overlapSummaryOut, ...commonErrors },
        },
      },
      async (req) => service.overlapSummary(ctx.db, actorOf(req)),
    );

    app.post(
      '/overlaps/:id/decision',
      {
        schema: {
          tags,
          summary:
            'Kết luận một nhóm: trùng lặp (giữ một nhiệm vụ chính, liên kết nhiệm vụ kia, tính một lần), có liên quan, hoặc không trùng (không đề xuất lại)',
          params: uuidParam,
          body: decisionBody,
          response: { 200: overlapGroupOut, ...commonErrors },
        },
      },
      async (req) => {
        const { view, units } = await service.decide(ctx.db, actorOf(req), req.params.id, req.body);
        return presentGroup(view, units);
      },
    );

    app.delete(
      '/overlaps/:id/decision',
      {
        schema: {
          tags,
          summary:
            'Hủy một kết luận nhầm: bỏ liên kết trùng lặp (mỗi nhiệm vụ được tính riêng lại), nhóm có thể được đề xuất lại; lý do ghi vào nhật ký',
          params: uuidParam,
          body: withdrawBody,
          response: { 200: okBody, ...commonErrors },
        },
      },
      async (req) => {
        await service.withdraw(ctx.db, actorOf(req), req.params.id, req.body.reason);
        return { ok: true as const };
      },
    );
  },
};
