// What the bench measures: one request each, on the generated province. A scenario whose route
// does not exist yet is skipped with a line saying so; later capabilities add theirs here.
import { sql } from 'drizzle-orm';
import type { App } from '../src/server/app.js';
import { type Db, rowsOf } from '../src/server/db/client.js';
import { BENCH_COUNTRIES } from '../src/server/modules/commitments/bench-data.js';

export interface Scenario {
  name: string;
  /** The route it needs, as registered (with its /api prefix). */
  route: string;
  /** The URL to request, found in the generated data (null: nothing fits). */
  url(db: Db, today: string): Promise<string | null>;
  /** Also measure requests/s at 16 concurrent connections. */
  throughput?: boolean;
}

async function first<T>(db: Db, query: ReturnType<typeof sql>): Promise<T | undefined> {
  return rowsOf<T>(await db.execute(query))[0];
}

export const scenarios: Scenario[] = [
  {
    name: 'units search "quy nhon"',
    route: '/api/units',
    url: async () => '/api/units?q=quy%20nhon',
    throughput: true,
  },
  {
    name: "one unit's overdue assignments (100 rows)",
    route: '/api/assignments',
    // the unit with the most overdue work: the heaviest page of this list
    url: async (db, today) => {
      const row = await first<{ unit_id: string }>(
        db,
        sql`select unit_id from assignments where completed_on is null and due_on < ${today}::date
            group by unit_id order by count(*) desc limit 1`,
      );
      return row ? `/api/assignments?unitId=${row.unit_id}&status=overdue&pageSize=100` : null;
    },
    throughput: true,
  },
  {
    name: 'compliance board of one task (status counts per unit)',
    route: '/api/tasks/:id/board',
    // the task assigned to the most units
    url: async (db) => {
      const row = await first<{ task_id: string }>(
        db,
        sql`select task_id from assignments where task_id is not null
            group by task_id order by count(*) desc limit 1`,
      );
      return row ? `/api/tasks/${row.task_id}/board?pageSize=50` : null;
    },
    throughput: true,
  },
  {
    name: 'commitments register by country, field, status',
    route: '/api/commitments',
    url: async (db) => {
      const country = BENCH_COUNTRIES[0]!;
      const row = await first<{ field: string }>(
        db,
        sql`select field from commitments where country = ${country} group by field order by count(*) desc limit 1`,
      );
      if (!row) return null;
      const q = new URLSearchParams({ country, field: row.field, status: 'in_progress', pageSize: '50' });
      return `/api/commitments?${q}`;
    },
    throughput: true,
  },
  {
    name: "leaders' dashboard: every figure and chart of the year (one request)",
    route: '/api/dashboard',
    url: async () => '/api/dashboard',
  },
  {
    name: "leaders' dashboard of one programme and its implementing documents",
    route: '/api/dashboard',
    // the document most others implement
    url: async (db) => {
      const row = await first<{ to_id: string }>(
        db,
        sql`select to_id from document_links where kind = 'implements' group by to_id order by count(*) desc limit 1`,
      );
      const doc =
        row ?? (await first<{ to_id: string }>(db, sql`select document_id as to_id from tasks limit 1`));
      return doc ? `/api/dashboard?documentId=${doc.to_id}` : null;
    },
  },
];

/** Whether the app serves the scenario's route (GET). */
export const served = (app: App, s: Scenario) => app.hasRoute({ method: 'GET', url: s.route });
