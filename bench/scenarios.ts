// What the bench measures, on the generated province. Each scenario is a rotation of requests
// (one request, or one per unit, or one per assignment for writes) made as one demo account; a
// scenario whose route does not exist yet is skipped with a line saying so.
import { sql } from 'drizzle-orm';
import type { App } from '../src/server/app.js';
import { type Db, rowsOf } from '../src/server/db/client.js';
import { BENCH_COUNTRIES } from '../src/server/modules/commitments/bench-data.js';

export interface BenchRequest {
  method: 'GET' | 'PATCH' | 'POST';
  path: string;
  body?: string;
}

export interface Scenario {
  name: string;
  /** The route it needs, as registered (with its /api prefix). */
  route: string;
  method?: 'GET' | 'PATCH' | 'POST';
  /** The demo account that makes the requests (default: sngv, Sở Ngoại vụ, every unit). */
  as?: string;
  /** The requests to rotate over, found in the generated data (null: nothing fits). */
  requests(db: Db, today: string): Promise<BenchRequest[] | null>;
}

async function first<T>(db: Db, query: ReturnType<typeof sql>): Promise<T | undefined> {
  return rowsOf<T>(await db.execute(query))[0];
}
const get = (path: string): BenchRequest[] => [{ method: 'GET', path }];

export const scenarios: Scenario[] = [
  {
    name: "one unit's overdue work (100 rows)",
    route: '/api/assignments',
    // the unit with the most overdue work: the heaviest page of this list
    requests: async (db, today) => {
      const row = await first<{ unit_id: string }>(
        db,
        sql`select unit_id from assignments where workflow in ('open', 'returned') and due_on < ${today}::date
            group by unit_id order by count(*) desc limit 1`,
      );
      return row ? get(`/api/assignments?unitId=${row.unit_id}&bucket=overdue&pageSize=100`) : null;
    },
  },
  {
    name: "all units' overdue work (100 rows)",
    route: '/api/assignments',
    requests: async () => get('/api/assignments?bucket=overdue&pageSize=100'),
  },
  {
    name: 'per-unit counts, rotating over units',
    route: '/api/assignments/summary',
    requests: async (db) => {
      const rows = rowsOf<{ id: string }>(await db.execute(sql`select id from units order by code`));
      return rows.map((u) => ({ method: 'GET' as const, path: `/api/assignments/summary?unitId=${u.id}` }));
    },
  },
  {
    name: 'progress update (event + audit)',
    route: '/api/assignments/:id',
    method: 'PATCH',
    as: 'svhttdl',
    // the open work of the account's unit, each assignment once per rotation
    requests: async (db) => {
      const rows = rowsOf<{ id: string; progress: number }>(
        await db.execute(sql`select a.id, a.progress from assignments a
          join users u on u.unit_id = a.unit_id and u.username = 'svhttdl'
          where a.workflow in ('open', 'returned') order by a.id limit 500`),
      );
      return rows.length
        ? rows.map((a, i) => ({
            method: 'PATCH' as const,
            path: `/api/assignments/${a.id}`,
            body: JSON.stringify({ progress: (a.progress + 1 + (i % 9)) % 100, note: 'Cập nhật tiến độ' }),
          }))
        : null;
    },
  },
  {
    name: 'units search "quy nhon"',
    route: '/api/units',
    requests: async () => get('/api/units?q=quy%20nhon'),
  },
  {
    name: 'compliance board of one task',
    route: '/api/tasks/:id/board',
    // the task assigned to the most units
    requests: async (db) => {
      const row = await first<{ task_id: string }>(
        db,
        sql`select task_id from assignments where task_id is not null
            group by task_id order by count(*) desc limit 1`,
      );
      return row ? get(`/api/tasks/${row.task_id}/board?pageSize=50`) : null;
    },
  },
  {
    name: 'commitments by country, field, status',
    route: '/api/commitments',
    requests: async (db) => {
      const country = BENCH_COUNTRIES[0]!;
      const row = await first<{ field: string }>(
        db,
        sql`select field from commitments where country = ${country} group by field order by count(*) desc limit 1`,
      );
      if (!row) return null;
      const q = new URLSearchParams({ country, field: row.field, status: 'in_progress', pageSize: '50' });
      return get(`/api/commitments?${q}`);
    },
  },
  {
    name: "leaders' dashboard: every figure and chart of the year (one request)",
    route: '/api/dashboard',
    requests: async () => get('/api/dashboard'),
  },
  {
    name: "leaders' dashboard of one programme and its implementing documents",
    route: '/api/dashboard',
    // the document most others implement
    requests: async (db) => {
      const row = await first<{ to_id: string }>(
        db,
        sql`select to_id from document_links where kind = 'implements' group by to_id order by count(*) desc limit 1`,
      );
      const doc =
        row ?? (await first<{ to_id: string }>(db, sql`select document_id as to_id from tasks limit 1`));
      return doc ? get(`/api/dashboard?documentId=${doc.to_id}`) : null;
    },
  },
  {
    name: "a unit's results page: its scorecard and its own dashboard, rotating over units",
    route: '/api/units/:id/scorecard',
    requests: async (db) => {
      const units = rowsOf<{ unit_id: string }>(
        await db.execute(sql`select unit_id from assignments group by unit_id order by unit_id limit 40`),
      );
      return units.length
        ? units.flatMap((u) => [
            { method: 'GET' as const, path: `/api/units/${u.unit_id}/scorecard` },
            { method: 'GET' as const, path: `/api/dashboard?unitId=${u.unit_id}` },
          ])
        : null;
    },
  },
  {
    name: 'overlap review over every task of the province (one request, the first 50 groups)',
    route: '/api/overlaps',
    requests: async () => get('/api/overlaps?pageSize=50'),
  },
];

/** Whether the app serves the scenario's route. */
export const served = (app: App, s: Scenario) => app.hasRoute({ method: s.method ?? 'GET', url: s.route });
