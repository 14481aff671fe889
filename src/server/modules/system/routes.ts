// Health and the OpenAPI document.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppModule } from '../index.js';

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
    app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  },
};
