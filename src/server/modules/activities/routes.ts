// /api/activities: high-level foreign activities and the documents that record them.
import { commonErrors, listOf, okBody, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { presentActivity } from './present.js';
import { activityOut, createActivityBody, listActivitiesQuery, updateActivityBody } from './schema.js';
import * as service from './service.js';

const tags = ['Hoạt động đối ngoại'];

export const activitiesModule: AppModule = {
  name: 'activities',
  register(app, { db }) {
    app.get(
      '/activities',
      {
        schema: {
          tags,
          summary: 'Hoạt động đối ngoại cấp cao',
          querystring: listActivitiesQuery,
          response: { 200: listOf(activityOut), ...commonErrors },
        },
      },
      async (req) => {
        const { rows, total } = await service.listActivities(db, actorOf(req), req.query);
        return {
          items: rows.map(presentActivity),
          total,
          page: req.query.page,
          pageSize: req.query.pageSize,
        };
      },
    );

    app.get(
      '/activities/:id',
      {
        schema: {
          tags,
          summary: 'Một hoạt động đối ngoại',
          params: uuidParam,
          response: { 200: activityOut, ...commonErrors },
        },
      },
      async (req) => presentActivity(await service.getActivity(db, actorOf(req), req.params.id)),
    );

    app.post(
      '/activities',
      {
        schema: {
          tags,
          summary: 'Ghi nhận hoạt động đối ngoại cấp cao',
          body: createActivityBody,
          response: { 201: activityOut, ...commonErrors },
        },
      },
      async (req, reply) =>
        reply.status(201).send(presentActivity(await service.createActivity(db, actorOf(req), req.body))),
    );

    app.patch(
      '/activities/:id',
      {
        schema: {
          tags,
          summary: 'Sửa hoạt động đối ngoại (và các văn bản ghi nhận)',
          params: uuidParam,
          body: updateActivityBody,
          response: { 200: activityOut, ...commonErrors },
        },
      },
      async (req) => presentActivity(await service.updateActivity(db, actorOf(req), req.params.id, req.body)),
    );

    app.delete(
      '/activities/:id',
      {
        schema: {
          tags,
          summary: 'Xóa hoạt động nhập nhầm (khi chưa có cam kết)',
          params: uuidParam,
          response: { 200: okBody, ...commonErrors },
        },
      },
      async (req) => {
        await service.deleteActivity(db, actorOf(req), req.params.id);
        return { ok: true as const };
      },
    );
  },
};
