// /api/obstacles: raise, list (the holder's queue with waiting=me), escalate, respond, decide, resolve.
import { commonErrors, listOf, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { presentObstacle } from './present.js';
import {
  createObstacleBody,
  decideBody,
  escalateBody,
  listObstaclesQuery,
  obstacleOut,
  resolveBody,
  respondBody,
} from './schema.js';
import * as service from './service.js';

const tags = ['Vướng mắc'];

export const obstaclesModule: AppModule = {
  name: 'obstacles',
  register(app, ctx) {
    const today = () => ctx.clock.today();

    app.get(
      '/obstacles',
      {
        schema: {
          tags,
          summary: 'Danh sách vướng mắc (waiting=me: đang chờ cấp của tôi xử lý)',
          querystring: listObstaclesQuery,
          response: { 200: listOf(obstacleOut), ...commonErrors },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        const { rows, total } = await service.listObstacles(ctx, actor, req.query);
        return {
          items: rows.map((r) => presentObstacle(r, actor, today())),
          total,
          page: req.query.page,
          pageSize: req.query.pageSize,
        };
      },
    );

    app.get(
      '/obstacles/:id',
      {
        schema: {
          tags,
          summary: 'Một vướng mắc và các bước xử lý',
          params: uuidParam,
          response: { 200: obstacleOut, ...commonErrors },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        return presentObstacle(await service.getObstacle(ctx.db, actor, req.params.id), actor, today());
      },
    );

    app.post(
      '/obstacles',
      {
        schema: {
          tags,
          summary: 'Đơn vị phản ánh vướng mắc lên Sở Ngoại vụ',
          body: createObstacleBody,
          response: { 201: obstacleOut, ...commonErrors },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const row = await service.raiseObstacle(ctx, actor, req.body);
        return reply.status(201).send(presentObstacle(row, actor, today()));
      },
    );

    app.post(
      '/obstacles/:id/escalate',
      {
        schema: {
          tags,
          summary: 'Chuyển vướng mắc lên cấp trên kế tiếp (Sở Ngoại vụ → UBND tỉnh → trung ương)',
          params: uuidParam,
          body: escalateBody,
          response: { 200: obstacleOut, ...commonErrors },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        return presentObstacle(
          await service.escalateObstacle(ctx, actor, req.params.id, req.body),
          actor,
          today(),
        );
      },
    );

    app.post(
      '/obstacles/:id/respond',
      {
        schema: {
          tags,
          summary:
            'Ý kiến của Sở Ngoại vụ, hoặc trả lời của trung ương do Sở Ngoại vụ ghi nhận (vướng mắc vẫn mở)',
          params: uuidParam,
          body: respondBody,
          response: { 200: obstacleOut, ...commonErrors },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        return presentObstacle(
          await service.respondObstacle(ctx, actor, req.params.id, req.body.text),
          actor,
          today(),
        );
      },
    );

    app.post(
      '/obstacles/:id/decide',
      {
        schema: {
          tags,
          summary: 'Quyết định của lãnh đạo UBND tỉnh: vướng mắc được giải quyết',
          params: uuidParam,
          body: decideBody,
          response: { 200: obstacleOut, ...commonErrors },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        return presentObstacle(
          await service.decideObstacle(ctx, actor, req.params.id, req.body.decision),
          actor,
          today(),
        );
      },
    );

    app.post(
      '/obstacles/:id/resolve',
      {
        schema: {
          tags,
          summary: 'Đóng vướng mắc đã được giải quyết',
          params: uuidParam,
          body: resolveBody,
          response: { 200: obstacleOut, ...commonErrors },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        return presentObstacle(
          await service.resolveObstacle(ctx, actor, req.params.id, req.body.resolution),
          actor,
          today(),
        );
      },
    );
  },
};
