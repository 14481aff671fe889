// The SQL twin and shared/status.ts#computeStatus must agree on every boundary (due today, done on
// the due date, a day either side, no due date, started or not, each state of the submission
// loop) and over a few thousand generated rows. Each row runs through the database (as a derived
// table named like the real one) and through the function.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { occurrencesBetween, periodLabel, recurrenceFreqs } from '../../../shared/recurrence.js';
import { type AssignmentStatus, assignmentStatuses, computeStatus } from '../../../shared/status.js';
import { type WorkflowState, workflowStates } from '../../../shared/workflow.js';
import { rowsOf } from '../../db/client.js';
import { createTestApp } from '../../test/harness.js';
import {
  assignmentStatusSql,
  doneSql,
  overdueCondition,
  periodLabelSql,
  statusCondition,
} from './status-sql.js';

const t = await createTestApp();
const today = '2026-03-15';
const dates = [null, '2026-03-13', '2026-03-14', '2026-03-15', '2026-03-16', '2026-03-17'];

interface Case {
  dueOn: string | null;
  completedOn: string | null;
  progress: number;
  workflow: WorkflowState;
}

const boundaries: Case[] = dates.flatMap((dueOn) =>
  dates.flatMap((completedOn) =>
    [0, 1, 100].flatMap((progress) =>
      workflowStates.map((workflow) => ({ dueOn, completedOn, progress, workflow })),
    ),
  ),
);

/** A small seeded generator (mulberry32), so a failure names rows that can be rebuilt. */
function generated(n: number, seed: number): Case[] {
  let s = seed;
  const next = () => {
    s = (s + 0x6d2b79f5) | 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const day = () => {
    const d = new Date(Date.UTC(2026, 0, 1) + Math.floor(next() * 180) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  return Array.from({ length: n }, () => ({
    dueOn: next() < 0.1 ? null : day(),
    completedOn: next() < 0.4 ? null : day(),
    progress: next() < 0.3 ? 0 : Math.floor(next() * 101),
    workflow: workflowStates[Math.floor(next() * workflowStates.length)]!,
  }));
}

async function compare(cases: Case[]) {
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
    select i, ${assignmentStatusSql(today)} as status, ${sql.join(filters, sql`, `)},
      ${overdueCondition(today)} as is_overdue_any, ${doneSql} as is_done
    from (values ${values}) as assignments(i, due_on, completed_on, progress, workflow)
    order by i`);
  const rows = rowsOf<Record<string, unknown> & { i: number; status: string }>(res);
  expect(rows).toHaveLength(cases.length);
  const mismatches: string[] = [];
  const seen = new Set<AssignmentStatus>();
  for (const row of rows) {
    const c = cases[row.i]!;
    const expected = computeStatus(c, today);
    seen.add(expected);
    if (row.status !== expected) mismatches.push(`${JSON.stringify(c)}: sql ${row.status}, ts ${expected}`);
    for (const s of assignmentStatuses) {
      if (Boolean(row[`is_${s}`]) !== (s === expected))
        mismatches.push(`${JSON.stringify(c)}: filter ${s} = ${row[`is_${s}`]}, ts ${expected}`);
    }
    const overdue = expected === 'overdue' || expected === 'overdue_not_started';
    if (Boolean(row.is_overdue_any) !== overdue)
      mismatches.push(`${JSON.stringify(c)}: overdue, ts ${expected}`);
    const done = expected === 'done_on_time' || expected === 'done_late';
    if (Boolean(row.is_done) !== done) mismatches.push(`${JSON.stringify(c)}: done, ts ${expected}`);
  }
  expect(mismatches).toEqual([]);
  return seen;
}

describe('status in SQL and in TypeScript', () => {
  it(`agree on all ${boundaries.length} boundary combinations, for the CASE and for each filter`, async () => {
    const seen = await compare(boundaries);
    // the cases are not degenerate: every status is reached
    expect([...seen].sort()).toEqual([...assignmentStatuses].sort());
  });

  it('agree over 3000 generated rows', async () => {
    const seen = await compare(generated(3000, 20_261_202));
    expect(seen.size).toBe(assignmentStatuses.length);
  });
});

describe('period label in SQL and in TypeScript', () => {
  it('agree on every period a recurrence produces and on codes that are not periods', async () => {
    const produced = recurrenceFreqs.flatMap((freq) =>
      occurrencesBetween({ freq, day: 15, month: 12 }, '2025-01-01', '2027-12-31').map((o) => o.period),
    );
    const odd = [
      '',
      'Q5/2026',
      'Q0/2026',
      'H3/2026',
      'T1/2026',
      'T00/2026',
      'T12/2026',
      '2026a',
      ' 2026',
      'q1/2026',
      'Đợt 1',
    ];
    const periods = [...new Set([...produced, ...odd])];
    expect(produced.length).toBeGreaterThan(40);
    const res = await t.db.execute(sql`
      select p, ${periodLabelSql(sql`p`)} as label
      from unnest(${sql`array[${sql.join(
        periods.map((p) => sql`${p}::text`),
        sql`, `,
      )}]`}) as p`);
    const got = rowsOf<{ p: string; label: string }>(res);
    expect(got).toHaveLength(periods.length);
    expect(
      got.filter((r) => r.label !== periodLabel(r.p)).map((r) => `${r.p}: ${r.label} ≠ ${periodLabel(r.p)}`),
    ).toEqual([]);
  });
});
