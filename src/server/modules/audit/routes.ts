// The audit log, read-only: the whole log with filters, or one record's history.
import { z } from 'zod';
import { commonErrors, listOf } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { presentAuditPage } from './present.js';
import { listAudit, listAuditActors } from './repo.js';
import { auditOut, auditQuery } from './schema.js';

export const auditModule: AppModule = {
  name: 'audit',
  register(app, { db }) {
    app.get(
      '/audit',
      {
        schema: {
          tags: ['Nhật ký'],
          summary: 'Nhật ký thay đổi (lọc theo đối tượng, người, thời gian)',
          querystring: auditQuery,
          response: { 200: listOf(auditOut), ...commonErrors },
        },
      },
      async (req) => {
        const { rows, total } = await listAudit(db, actorOf(req), req.query);
        return {
          items: await presentAuditPage(db, rows),
          total,
          page: req.query.page,
          pageSize: req.query.pageSize,
        };
      },
    );

    app.get(
      '/audit/actors',
      {
        schema: {
          tags: ['Nhật ký'],
          summary: 'Những người có thay đổi trong nhật ký (để lọc)',
          response: { 200: z.array(z.object({ id: z.string(), name: z.string() })), ...commonErrors },
        },
      },
      async (req) =>
        (await listAuditActors(db, actorOf(req))).map((r) => ({ id: r.id ?? '', name: r.name ?? '' })),
    );
  },
};
