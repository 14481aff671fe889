// Health, the system's state for its administrator, and the OpenAPI document.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { commonErrors } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { systemStatusOut } from './schema.js';
import * as service from './service.js';

export const systemModule: AppModule = {
  name: 'system',
  register(app, ctx) {
    app.get(
      '/health',
      {
        config: { public: true },
        schema: {
          tags: ['Hệ thống'],
          summary: 'Tình trạng hệ thống',
          response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) }) },
        },
      },
      async () => {
        await ctx.db.execute(sql`select 1`);
        return { status: 'ok' as const, db: ctx.dbKind };
      },
    );
    app.get(
      '/system/status',
      {
        schema: {
          tags: ['Hệ thống'],
          summary: 'Tình trạng hệ thống cho quản trị viên: người dùng, đơn vị, dữ liệu, nhật ký, máy chủ',
          response: { 200: systemStatusOut, ...commonErrors },
        },
      },
      async (req) => service.status(ctx.db, ctx.dbKind, actorOf(req), ctx.clock.now()),
    );
    app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  },
};
