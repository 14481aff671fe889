// The SQL roll-up, status and risk must agree with shared/commitments.ts on every boundary.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  commitmentStatus,
  isAtRisk,
  type MilestoneInput,
  rollUpProgress,
} from '../../../shared/commitments.js';
import { rowsOf } from '../../db/client.js';
import { createTestApp } from '../../test/harness.js';
import { atRiskSql, milestoneAggregate, progressSql, statusSql } from './progress-sql.js';

const t = await createTestApp();
const today = '2026-05-01';

function cases(): MilestoneInput[][] {
  const dues = [null, '2026-04-30', '2026-05-01', '2026-05-02'];
  const done = [null, '2026-04-30', '2026-05-01', '2026-05-02'];
  const out: MilestoneInput[][] = [[]];
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let i = 0; i < 120; i++) {
    const len = 1 + rnd(3);
    out.push(
      Array.from({ length: len }, () => {
        const completedOn = rnd(3) === 0 ? done[rnd(4)]! : null;
        return {
          dueOn: dues[rnd(4)]!,
          weight: 1 + rnd(4) * 33,
          progress: completedOn ? 100 : [0, 1, 49, 50, 99][rnd(5)]!,
          completedOn,
        };
      }),
    );
  }
  return out;
}

describe('progress-sql agrees with the shared rules', () => {
  it('on progress, status and risk', async () => {
    for (const ms of cases()) {
      const rows = ms.length
        ? sql.join(
            ms.map(
              (m) => sql`(${m.dueOn}::date, ${m.weight}::int, ${m.progress}::int, ${m.completedOn}::date)`,
            ),
            sql`, `,
          )
        : sql`(null::date, 1, 0, null::date)`;
      const res = await t.db.execute(sql`
        with milestones(due_on, weight, progress, completed_on, commitment_id) as (
          select v.*, 1 from (values ${rows}) v where ${ms.length > 0}
        ), commitments(id) as (select 1)
        select ${progressSql} as progress, ${statusSql(today)} as status, ${atRiskSql} as at_risk
        from commitments ${milestoneAggregate(today)}`);
      const [r] = rowsOf<{ progress: number; status: string; at_risk: boolean }>(res);
      expect({ progress: Number(r!.progress), status: r!.status, atRisk: r!.at_risk }).toEqual({
        progress: rollUpProgress(ms),
        status: commitmentStatus(ms, today),
        atRisk: isAtRisk(ms, today),
      });
    }
  });
});
