// The SQL twin and shared/status.ts#computeStatus must agree on every boundary: due today, done
// on the due date, a day either side, no due date, started or not. Each combination runs through
// the database (as rows of a derived table named like the real one) and through the function.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { assignmentStatuses, computeStatus } from '../../../shared/status.js';
import { rowsOf } from '../../db/client.js';
import { createTestApp } from '../../test/harness.js';
import { assignmentStatusSql, startedOf, statusCondition } from './status-sql.js';

const t = await createTestApp();
const today = '2026-03-15';
const dates = [null, '2026-03-13', '2026-03-14', '2026-03-15', '2026-03-16', '2026-03-17'];

const cases = dates.flatMap((dueOn) =>
  dates.flatMap((completedOn) =>
    [0, 1, 100].flatMap((progress) =>
      ['open', 'submitted', 'returned'].map((workflow) => ({ dueOn, completedOn, progress, workflow })),
    ),
  ),
);

describe('status in SQL and in TypeScript', () => {
  it(`agree on all ${cases.length} boundary combinations, for the CASE and for each filter`, async () => {
    const values = sql.join(
      cases.map(
        (c, i) =>
          sql`(${i}::int, ${c.dueOn}::date, ${c.completedOn}::date, ${c.progress}::int, ${c.workflow}::text)`,
      ),
      sql`, `,
    );
    const filters = assignmentStatuses.map(
      (s) => sql`${statusCondition(s, today)} as ${sql.identifier(`is_${s}`)}`,
    );
    const res = await t.db.execute(sql`
      select i, ${assignmentStatusSql(today)} as status, ${sql.join(filters, sql`, `)}
      from (values ${values}) as assignments(i, due_on, completed_on, progress, workflow)
      order by i`);
    const rows = rowsOf<Record<string, unknown> & { i: number; status: string }>(res);
    expect(rows).toHaveLength(cases.length);
    const mismatches: string[] = [];
    for (const row of rows) {
      const c = cases[row.i]!;
      const expected = computeStatus({ ...c, started: startedOf(c) }, today);
      if (row.status !== expected) mismatches.push(`${JSON.stringify(c)}: sql ${row.status}, ts ${expected}`);
      for (const s of assignmentStatuses) {
        if (Boolean(row[`is_${s}`]) !== (s === expected))
          mismatches.push(`${JSON.stringify(c)}: filter ${s} = ${row[`is_${s}`]}, ts ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('covers every status at least once (the cases are not degenerate)', () => {
    const seen = new Set(cases.map((c) => computeStatus({ ...c, started: startedOf(c) }, today)));
    expect([...seen].sort()).toEqual([...assignmentStatuses].sort());
  });
});
