// /api/report-rounds: report rounds (kỳ báo cáo) with their counts and their units' submissions.
import { z } from 'zod';
import { commonErrors, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { presentSubmissionRow } from './present.js';
import * as schedules from './schedules.js';
import {
  createRoundBody,
  createRoundResult,
  listRoundsQuery,
  listSubmissionsQuery,
  roundOut,
  scheduleOut,
  submissionRowOut,
  updateRoundBody,
  updateScheduleBody,
} from './schema.js';
import * as service from './service.js';

const tags = ['Kỳ báo cáo'];

export const reportRoundsModule: AppModule = {
  name: 'report-rounds',
  register(app, { db, clock }) {
    app.get(
      '/report-rounds',
      {
        schema: {
          tags,
          summary: 'Các kỳ báo cáo, với số đơn vị phải báo cáo, đã gửi, đã tiếp nhận, trễ hạn, chưa gửi',
          querystring: listRoundsQuery,
          response: {
            200: z.object({ items: z.array(roundOut), total: z.number().int() }),
            ...commonErrors,
          },
        },
      },
      async (req) => service.listRounds(db, actorOf(req), req.query, clock.today()),
    );

    app.post(
      '/report-rounds',
      {
        schema: {
          tags,
          summary: 'Mở kỳ báo cáo: tạo báo cáo của từng đơn vị, điền sẵn số liệu đến ngày chốt',
          body: createRoundBody,
          response: { 201: createRoundResult, ...commonErrors },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await service.createRound(db, actorOf(req), req.body, clock.today())),
    );

    app.get(
      '/report-rounds/:id',
      {
        schema: {
          tags,
          summary: 'Một kỳ báo cáo',
          params: uuidParam,
          response: { 200: roundOut, ...commonErrors },
        },
      },
      async (req) => service.getRound(db, actorOf(req), req.params.id, clock.today()),
    );

    app.patch(
      '/report-rounds/:id',
      {
        schema: {
          tags,
          summary: 'Điều chỉnh kỳ báo cáo (hạn, đề cương, thêm đơn vị, đóng/mở lại)',
          params: uuidParam,
          body: updateRoundBody,
          response: { 200: roundOut, ...commonErrors },
        },
      },
      async (req) => service.updateRound(db, actorOf(req), req.params.id, req.body, clock.today()),
    );

    app.get(
      '/report-rounds/:id/submissions',
      {
        schema: {
          tags,
          summary:
            'Báo cáo của từng đơn vị trong kỳ, với tình trạng gửi (đúng hạn, trễ hạn, chưa đến hạn, quá hạn chưa gửi)',
          params: uuidParam,
          querystring: listSubmissionsQuery,
          response: {
            200: z.object({ items: z.array(submissionRowOut), total: z.number().int() }),
            ...commonErrors,
          },
        },
      },
      async (req) => {
        const { rows, total } = await service.listSubmissions(
          db,
          actorOf(req),
          req.params.id,
          req.query,
          clock.today(),
        );
        return { items: rows.map(presentSubmissionRow), total };
      },
    );

    app.get(
      '/report-schedules',
      {
        schema: {
          tags,
          summary: 'Lịch báo cáo định kỳ: mỗi lịch tự mở kỳ báo cáo vào ngày chốt số liệu của kỳ tiếp theo',
          response: {
            200: z.object({ items: z.array(scheduleOut), total: z.number().int() }),
            ...commonErrors,
          },
        },
      },
      async (req) => schedules.listSchedules(db, actorOf(req)),
    );

    app.patch(
      '/report-schedules/:id',
      {
        schema: {
          tags,
          summary: 'Tạm dừng, tiếp tục hoặc điều chỉnh lịch báo cáo định kỳ (tên, số ngày làm việc)',
          params: uuidParam,
          body: updateScheduleBody,
          response: { 200: scheduleOut, ...commonErrors },
        },
      },
      async (req) => schedules.updateSchedule(db, actorOf(req), req.params.id, req.body),
    );
  },
};
