import { commonErrors, listOf, okBody, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { userPolicy } from './policy.js';
import { presentUser } from './present.js';
import * as repo from './repo.js';
import { createUserBody, listUsersQuery, resetPasswordBody, updateUserBody, userOut } from './schema.js';
import * as service from './service.js';

const tags = ['Người dùng'];

export const usersModule: AppModule = {
  name: 'users',
  register(app, { db }) {
    app.get(
      '/users',
      {
        schema: {
          tags,
          summary: 'Danh sách người dùng',
          querystring: listUsersQuery,
          response: { 200: listOf(userOut), ...commonErrors },
        },
      },
      async (req) => {
        userPolicy.assertManage(actorOf(req));
        const { rows, total } = await repo.listUsers(db, req.query);
        return { items: rows.map(presentUser), total, page: req.query.page, pageSize: req.query.pageSize };
      },
    );
    app.get(
      '/users/:id',
      {
        schema: {
          tags,
          summary: 'Một người dùng',
          params: uuidParam,
          response: { 200: userOut, ...commonErrors },
        },
      },
      async (req) => presentUser(await service.getUser(db, actorOf(req), req.params.id)),
    );
    app.post(
      '/users',
      {
        schema: {
          tags,
          summary: 'Thêm người dùng',
          body: createUserBody,
          response: { 201: userOut, ...commonErrors },
        },
      },
      async (req, reply) =>
        reply.status(201).send(presentUser(await service.createUser(db, actorOf(req), req.body))),
    );
    app.patch(
      '/users/:id',
      {
        schema: {
          tags,
          summary: 'Sửa, khóa hoặc mở khóa người dùng',
          params: uuidParam,
          body: updateUserBody,
          response: { 200: userOut, ...commonErrors },
        },
      },
      async (req) => presentUser(await service.updateUser(db, actorOf(req), req.params.id, req.body)),
    );
    app.post(
      '/users/:id/password',
      {
        schema: {
          tags,
          summary: 'Đặt lại mật khẩu',
          params: uuidParam,
          body: resetPasswordBody,
          response: { 200: okBody, ...commonErrors },
        },
      },
      async (req) => {
        await service.resetPassword(db, actorOf(req), req.params.id, req.body.password);
        return { ok: true as const };
      },
    );
  },
};
