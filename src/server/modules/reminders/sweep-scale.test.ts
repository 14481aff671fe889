// The reminder sweep at province scale (30,000 open assignments): run with SWEEP_SCALE=1; it
// prints the time and memory of the sweep (target < 5 s, memory flat). Skipped otherwise.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { createTestApp } from '../../test/harness.js';
import { runSweep } from './sweep.js';

const enabled = process.env.SWEEP_SCALE === '1';

describe.skipIf(!enabled)('reminder sweep at province scale', () => {
  it('sweeps 30,000 assignments', async () => {
    const t = await createTestApp({ today: '2026-06-15' });
    await t.db.execute(sql`
      with d as (
        insert into documents (number, number_key, type, issuer, issuer_key, year, search)
        values ('9999/KH-UBND', '9999/kh-ubnd', 'Kế hoạch', 'UBND tỉnh', 'ubnd tinh', 2026, 'bench')
        returning id
      ), t as (
        insert into tasks (document_id, seq, title, search)
        select d.id, g, 'Nhiệm vụ quy mô tỉnh ' || g, 'bench' from d, generate_series(1, 3000) g
        returning id, seq
      ), u as (
        select id, row_number() over (order by code) as n from units where kind <> 'tinh' limit 160
      )
      insert into assignments (task_id, unit_id, role, due_on)
      select t.id, u.id, 'lead', date '2026-06-15' + ((t.seq * 7 + u.n) % 150 - 100)::int
      from t join u on (u.n - 1) / 16 = t.seq % 10`);
    const [row] = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from assignments where completed_on is null`),
    );
    const n = row!.n;
    expect(n).toBeGreaterThanOrEqual(30_000);
    global.gc?.();
    const before = process.memoryUsage();
    const started = performance.now();
    const r = await runSweep(t.db, {
      today: '2026-06-15',
      now: new Date('2026-06-15T03:00:00Z'),
      holder: 'bench',
    });
    const ms = performance.now() - started;
    const after = process.memoryUsage();
    console.log(
      `reminder sweep: ${n} open assignments, ${r.ran ? r.recorded : 0} reminders, ${r.ran ? r.notices : 0} notices in ${Math.round(ms)} ms; heap ${Math.round(before.heapUsed / 1e6)} → ${Math.round(after.heapUsed / 1e6)} MB, rss ${Math.round(before.rss / 1e6)} → ${Math.round(after.rss / 1e6)} MB`,
    );
    const again = performance.now();
    await runSweep(t.db, { today: '2026-06-15', now: new Date('2026-06-15T04:00:00Z'), holder: 'bench' });
    console.log(`second sweep the same day (nothing new): ${Math.round(performance.now() - again)} ms`);
  }, 300_000);
});
