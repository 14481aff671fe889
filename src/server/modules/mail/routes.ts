// /api/mail: the outbox (administrator), retrying a failed message; a person's e-mail preference.
import { commonErrors, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { presentMail } from './present.js';
import { emailPrefBody, emailPrefOut, listOutboxQuery, mailOut, outboxOut } from './schema.js';
import * as service from './service.js';

const tags = ['Thư điện tử'];

export const mailModule: AppModule = {
  name: 'mail',
  register(app, ctx) {
    app.get(
      '/mail/outbox',
      {
        schema: {
          tags,
          summary: 'Hộp thư đi (quản trị viên): mọi thư với trạng thái, số lần gửi, trả lời của máy chủ thư',
          querystring: listOutboxQuery,
          response: { 200: outboxOut, ...commonErrors },
        },
      },
      async (req) => {
        const { rows, total, counts } = await service.listOutbox(ctx.db, actorOf(req), req.query);
        return {
          items: rows.map(presentMail),
          total,
          page: req.query.page,
          pageSize: req.query.pageSize,
          counts,
          smtpConfigured: Boolean(ctx.mail?.smtpUrl),
        };
      },
    );

    app.post(
      '/mail/outbox/:id/retry',
      {
        schema: {
          tags,
          summary: 'Gửi lại một thư đã thất bại',
          params: uuidParam,
          response: { 200: mailOut, ...commonErrors },
        },
      },
      async (req) =>
        presentMail(await service.retryMail(ctx.db, actorOf(req), req.params.id, ctx.clock.now())),
    );

    app.get(
      '/mail/preference',
      {
        schema: {
          tags,
          summary: 'Địa chỉ thư và lựa chọn nhận thư của người đang đăng nhập',
          response: { 200: emailPrefOut, ...commonErrors },
        },
      },
      async (req) => service.getEmailPref(ctx.db, actorOf(req)),
    );

    app.put(
      '/mail/preference',
      {
        schema: {
          tags,
          summary:
            'Chọn nhận thư: từng lần nhắc (each), một thư tổng hợp 07:30 mỗi ngày (digest), không nhận (none)',
          body: emailPrefBody,
          response: { 200: emailPrefOut, ...commonErrors },
        },
      },
      async (req) => service.setEmailPref(ctx.db, actorOf(req), req.body.emailPref),
    );
  },
};
