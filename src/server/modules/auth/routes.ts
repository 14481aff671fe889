import { commonErrors, errorBody, okBody } from '../../lib/http.js';
import {
  actorOf,
  DEVICE_COOKIE,
  SESSION_COOKIE,
  setDeviceCookie,
  setSessionCookie,
} from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { changePasswordBody, loginBody, meOut, sessionOut } from './schema.js';
import * as service from './service.js';

const tags = ['Đăng nhập'];

export const authModule: AppModule = {
  name: 'auth',
  register(app, ctx) {
    const { db } = ctx;
    app.post(
      '/auth/login',
      {
        config: { public: true },
        schema: {
          tags,
          summary: 'Đăng nhập',
          security: [],
          body: loginBody,
          response: { 200: meOut, ...commonErrors, 429: errorBody },
        },
      },
      async (req, reply) => {
        const session = await service.login(db, {
          ...req.body,
          ip: req.ip,
          deviceToken: req.cookies[DEVICE_COOKIE],
          now: ctx.clock.now(),
        });
        setSessionCookie(reply, session.token, session.expiresAt, ctx.secureCookies);
        if (session.deviceToken) setDeviceCookie(reply, session.deviceToken, ctx.secureCookies);
        return service.profile(db, session.userId);
      },
    );

    app.post(
      '/auth/logout',
      { config: { public: true }, schema: { tags, summary: 'Đăng xuất', response: { 200: okBody } } },
      async (req, reply) => {
        await service.logout(db, req.cookies[SESSION_COOKIE]);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    app.get(
      '/auth/session',
      {
        config: { public: true },
        schema: {
          tags,
          summary: 'Phiên đăng nhập hiện tại (không báo lỗi khi chưa đăng nhập)',
          security: [],
          response: { 200: sessionOut },
        },
      },
      async (req) =>
        req.actor
          ? { signedIn: true as const, me: await service.profile(db, req.actor.id) }
          : { signedIn: false as const, me: null },
    );

    app.get(
      '/me',
      { schema: { tags, summary: 'Người đang đăng nhập', response: { 200: meOut, ...commonErrors } } },
      async (req) => service.profile(db, actorOf(req).id),
    );

    app.post(
      '/me/password',
      {
        schema: {
          tags,
          summary: 'Đổi mật khẩu',
          body: changePasswordBody,
          response: { 200: okBody, ...commonErrors, 429: errorBody },
        },
      },
      async (req, reply) => {
        const session = await service.changePassword(
          db,
          actorOf(req),
          req.body.currentPassword,
          req.body.newPassword,
          ctx.clock.now(),
        );
        setSessionCookie(reply, session.token, session.expiresAt, ctx.secureCookies);
        return { ok: true as const };
      },
    );
  },
};
