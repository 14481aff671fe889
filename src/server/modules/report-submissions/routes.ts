// /api/report-submissions: a unit's report in a round — read, save the draft, submit, confirm,
// accept, return; and each unit's on-time reporting rate across rounds.
import { z } from 'zod';
import { commonErrors, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { rateOut, ratesQuery, returnBody, stepBody, submissionOut, updateSubmissionBody } from './schema.js';
import * as service from './service.js';

const tags = ['Báo cáo của đơn vị'];

export const reportSubmissionsModule: AppModule = {
  name: 'report-submissions',
  register(app, { db, clock }) {
    const when = () => ({ today: clock.today(), now: clock.now() });

    app.get(
      '/report-submissions/:id',
      {
        schema: {
          tags,
          summary: 'Báo cáo của một đơn vị: các dòng điền sẵn, nội dung theo đề cương, tệp, lịch sử',
          params: uuidParam,
          response: { 200: submissionOut, ...commonErrors },
        },
      },
      async (req) => service.getSubmission(db, actorOf(req), req.params.id, clock.today()),
    );

    app.patch(
      '/report-submissions/:id',
      {
        schema: {
          tags,
          summary: 'Lưu bản nháp (kiểm tra phiên bản: không ghi đè khi người khác vừa lưu)',
          params: uuidParam,
          body: updateSubmissionBody,
          response: { 200: submissionOut, ...commonErrors },
        },
      },
      async (req) => service.updateSubmission(db, actorOf(req), req.params.id, req.body, clock.today()),
    );

    const step = (name: 'submit' | 'confirm' | 'accept', summary: string) =>
      app.post(
        `/report-submissions/:id/${name}`,
        {
          schema: {
            tags,
            summary,
            params: uuidParam,
            body: stepBody,
            response: { 200: submissionOut, ...commonErrors },
          },
        },
        async (req) => service.takeStep(db, actorOf(req), req.params.id, name, req.body.note, when()),
      );
    step('submit', 'Cán bộ đơn vị nộp báo cáo để thủ trưởng duyệt');
    step('confirm', 'Thủ trưởng đơn vị duyệt và gửi báo cáo về Sở Ngoại vụ');
    step('accept', 'Sở Ngoại vụ tiếp nhận báo cáo');
    app.post(
      '/report-submissions/:id/return',
      {
        schema: {
          tags,
          summary: 'Sở Ngoại vụ trả lại báo cáo, nêu lý do',
          params: uuidParam,
          body: returnBody,
          response: { 200: submissionOut, ...commonErrors },
        },
      },
      async (req) => service.takeStep(db, actorOf(req), req.params.id, 'return', req.body.reason, when()),
    );

    app.get(
      '/report-rates',
      {
        schema: {
          tags,
          summary: 'Tỷ lệ gửi báo cáo đúng hạn của từng đơn vị qua các kỳ',
          querystring: ratesQuery,
          response: { 200: z.object({ items: z.array(rateOut), total: z.number().int() }), ...commonErrors },
        },
      },
      async (req) => service.onTimeRates(db, actorOf(req), req.query, clock.today()),
    );
  },
};
