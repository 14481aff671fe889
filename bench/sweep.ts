// The reminder sweep at province scale, part of `npm run bench`: every unit gets an officer and a
// head with an e-mail address (each message), then the sweep runs on the generated data several
// times from a clean slate (reminders, their notices and e-mails removed between runs): the
// median time, the heap before/after and the process's RSS; then once more the same day, when
// everything is already recorded (the UNIQUE keys skip it all).
import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../src/server/db/client.js';
import { runSweep } from '../src/server/modules/reminders/sweep.js';

/** 02/03/2026, the Monday after BENCH_TODAY (a Sunday: no sweep on days off). */
export const SWEEP_DAY = '2026-03-02';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const mb = (n: number) => Math.round(n / 1048576);

export async function benchSweep(db: Db, kind: string, runs: number) {
  await db.execute(sql`
    insert into users (username, password_hash, full_name, email, email_pref, role, unit_id, search)
    select 'bench.' || r.role || '.' || u.code, 'x', 'Cán bộ ' || u.name, r.role || '.' || lower(u.code) || '@bench.test',
      'each', r.role, u.id, 'bench'
    from units u cross join (values ('officer'), ('head')) as r(role)
    where u.kind <> 'tinh'
    on conflict (username) do nothing`);
  const [open] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from assignments
      where completed_on is null and due_on is not null and due_on <= ${SWEEP_DAY}::date + 60`),
  );
  const clean = async () => {
    await db.execute(
      sql`delete from notifications where kind in ('reminder', 'overdue', 'escalation', 'digest')`,
    );
    await db.execute(sql`delete from mail_outbox where key like 'reminder%'`);
    await db.execute(sql`delete from reminders`);
    await db.execute(sql`delete from scheduler_leases`);
  };
  const times: number[] = [];
  let last = { recorded: 0, notices: 0, heapBefore: 0, heapAfter: 0, rss: 0 };
  for (let i = 0; i < runs; i++) {
    await clean();
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const r = await runSweep(db, {
      today: SWEEP_DAY,
      now: new Date(`${SWEEP_DAY}T01:00:00Z`),
      holder: 'bench',
    });
    times.push(performance.now() - t0);
    const m = process.memoryUsage();
    last = {
      recorded: r.ran ? r.recorded : 0,
      notices: r.ran ? r.notices : 0,
      heapBefore,
      heapAfter: m.heapUsed,
      rss: m.rss,
    };
  }
  const t1 = performance.now();
  await runSweep(db, { today: SWEEP_DAY, now: new Date(`${SWEEP_DAY}T02:00:00Z`), holder: 'bench' });
  const again = performance.now() - t1;
  const [mails] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from mail_outbox where key like 'reminder%'`),
  );
  const ms = median(times);
  const line =
    `reminder sweep: ${open!.n} open deadlines → ${last.recorded} reminders, ${last.notices} notices, ` +
    `${mails!.n} e-mails queued in ${(ms / 1000).toFixed(2)} s (median of ${runs}: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s); ` +
    `heap ${mb(last.heapBefore)} → ${mb(last.heapAfter)} MB, RSS ${mb(last.rss)} MB; again the same day ${(again / 1000).toFixed(2)} s`;
  console.log(`[${kind}] ${line}`);
  await clean();
  return { ms, line };
}
