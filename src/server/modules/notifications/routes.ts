// /api/notifications: the signed-in person's notifications, the unread count, marking read.
import { commonErrors } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { presentNotification } from './present.js';
import { listNotificationsQuery, markReadBody, markReadOut, notificationsOut } from './schema.js';
import * as service from './service.js';

const tags = ['Thông báo'];

export const notificationsModule: AppModule = {
  name: 'notifications',
  register(app, ctx) {
    app.get(
      '/notifications',
      {
        schema: {
          tags,
          summary: 'Thông báo của người đang đăng nhập, mới nhất trước, và số chưa đọc',
          querystring: listNotificationsQuery,
          response: { 200: notificationsOut, ...commonErrors },
        },
      },
      async (req) => {
        const { rows, total, unread } = await service.listMine(ctx.db, actorOf(req), req.query);
        return {
          items: rows.map(presentNotification),
          total,
          unread,
          page: req.query.page,
          pageSize: req.query.pageSize,
        };
      },
    );

    app.post(
      '/notifications/read',
      {
        schema: {
          tags,
          summary: 'Đánh dấu đã đọc: các thông báo {ids} hoặc tất cả {all: true}',
          body: markReadBody,
          response: { 200: markReadOut, ...commonErrors },
        },
      },
      async (req) => service.markRead(ctx.db, actorOf(req), req.body, ctx.clock.now()),
    );
  },
};
