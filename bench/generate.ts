// A province-scale data set, written straight into a migrated database in bulk (a generator, not
// user actions: no audit entries): the 155 units of the directory + 5 synthetic ones, the demo
// accounts, 200 documents, 3,000 tasks, 30,000 assignments with their progress history over
// 2022–2026, and the commitments register (2,000 commitments, 10,000 milestones).
// Deterministic: the same seed gives the same data. Later capabilities add their own tables here.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../src/server/db/client.js';
import { assignmentEvents, assignments, documents, tasks } from '../src/server/db/schema/tracking.js';
import { units } from '../src/server/db/schema/units.js';
import { users } from '../src/server/db/schema/users.js';
import { seedDemoUsers } from '../src/server/db/seed/demo-users.js';
import { seedDirectory } from '../src/server/db/seed/directory.js';
import { searchText } from '../src/server/lib/search.js';
import { generateRegister } from '../src/server/modules/commitments/bench-data.js';
import { unitDerived } from '../src/server/modules/units/repo.js';
import { documentNumberKey, issuerKey } from '../src/shared/documents.js';

/** The bench's "today": data spans 2022–2026 around it. */
export const BENCH_TODAY = '2026-03-01';

export interface Scale {
  units: number;
  documents: number;
  tasks: number;
  assignments: number;
  /** Tasks addressed to every unit (a directive to "các sở, ban, ngành, UBND các xã, phường"). */
  broadcastTasks: number;
  commitments: number;
  milestonesEach: number;
  /** The years the documents spread over, ending with BENCH_TODAY's (5: 2022–2026). */
  years: number;
}

export const provinceScale: Scale = {
  units: 160,
  documents: 200,
  tasks: 3000,
  assignments: 30_000,
  broadcastTasks: 100,
  commitments: 2000,
  milestonesEach: 5,
  years: 5,
};

/** Ten times the province: ten years of directives, 320,000 assignments, the same 160 units. */
export const tenTimesScale: Scale = {
  ...provinceScale,
  documents: 2000,
  tasks: 30_000,
  assignments: 300_000,
  broadcastTasks: 1000,
  commitments: 20_000,
  years: 10,
};

export interface Generated {
  today: string;
  counts: Record<string, number>;
  seconds: number;
}

/** mulberry32: a small seeded random generator, so every run builds the same province. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, int, pick };
}

const DAY = 86_400_000;
const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);
const earliest = (a: string, b: string) => [a, b].sort()[0]!;
const at = (d: string) => new Date(`${d}T03:00:00Z`);

async function insertAll<T extends PgTable>(db: Db, table: T, rows: T['$inferInsert'][], batch = 1000) {
  for (let i = 0; i < rows.length; i += batch) await db.insert(table).values(rows.slice(i, i + batch));
}

const TOPICS = [
  'hội nhập quốc tế về kinh tế',
  'thu hút đầu tư nước ngoài',
  'xúc tiến du lịch với các địa phương Hàn Quốc',
  'hợp tác giáo dục và đào tạo nguồn nhân lực',
  'ngoại giao văn hóa',
  'công tác người Việt Nam ở nước ngoài',
  'quản lý đoàn ra, đoàn vào',
  'hợp tác với các tổ chức phi chính phủ nước ngoài',
  'phân giới, cắm mốc và quản lý biên giới',
  'thực hiện các cam kết trong hiệp định thương mại tự do',
];
const VERBS = [
  'Xây dựng kế hoạch',
  'Tổ chức triển khai',
  'Rà soát, đánh giá',
  'Báo cáo kết quả',
  'Tuyên truyền',
];

export async function generateProvince(db: Db, scale = provinceScale, seed = 20_260_301): Promise<Generated> {
  const started = performance.now();
  const r = random(seed);
  const today = BENCH_TODAY;

  await seedDirectory(db);
  const existing = await db.select({ id: units.id, kind: units.kind }).from(units);
  const extra = Array.from({ length: Math.max(0, scale.units - existing.length) }, (_, i) => {
    const u = {
      code: `BENCH${i + 1}`,
      name: `Ban Thử nghiệm hiệu năng ${i + 1}`,
      shortName: null,
      kind: 'ban_nganh',
    };
    return { ...u, kind: 'ban_nganh' as const, ...unitDerived(u) };
  });
  if (extra.length) await db.insert(units).values(extra);
  await seedDemoUsers(db);
  const [focal] = await db.select({ id: users.id }).from(users).where(sql`${users.username} = 'sngv'`);

  const all = await db.select({ id: units.id, kind: units.kind }).from(units);
  const agencies = all.filter((u) => u.kind === 'so' || u.kind === 'ban_nganh').map((u) => u.id);
  const targets = all.filter((u) => u.kind !== 'tinh').map((u) => u.id);

  // Documents spread evenly over the years (200 over 2022–2026), numbered per year.
  const firstYear = Number(BENCH_TODAY.slice(0, 4)) + 1 - scale.years;
  const docRows: (typeof documents.$inferInsert)[] = [];
  for (let i = 0; i < scale.documents; i++) {
    const year = firstYear + (i % scale.years);
    const issuedOn = addDays(`${year}-01-05`, r.int(0, 330));
    const number = `${100 + i}/KH-UBND`;
    const issuer = 'UBND tỉnh Gia Lai';
    const summary = `Kế hoạch thực hiện ${r.pick(TOPICS)} năm ${year}`;
    docRows.push({
      id: randomUUID(),
      number,
      numberKey: documentNumberKey(number),
      type: 'ke_hoach',
      issuer,
      issuerKey: issuerKey(issuer),
      issuedOn,
      year,
      summary,
      signer: 'Chủ tịch UBND tỉnh',
      search: searchText(number, issuer, summary),
      createdBy: focal?.id,
    });
  }
  await insertAll(db, documents, docRows);

  // Tasks: the same number per document; the first task of every other document goes to all units.
  const taskRows: (typeof tasks.$inferInsert)[] = [];
  const taskUnits: string[][] = [];
  const perDoc = Math.ceil(scale.tasks / scale.documents);
  let broadcastLeft = scale.broadcastTasks;
  for (let i = 0; i < scale.tasks; i++) {
    const doc = docRows[Math.floor(i / perDoc) % docRows.length]!;
    const broadcast = i % perDoc === 0 && broadcastLeft-- > 0;
    const lead = r.pick(agencies);
    taskUnits.push(broadcast ? [lead, ...targets.filter((t) => t !== lead)] : [lead]);
    const title = `${r.pick(VERBS)} ${r.pick(TOPICS)} (${i + 1})`;
    taskRows.push({
      id: randomUUID(),
      documentId: doc.id!,
      seq: (i % perDoc) + 1,
      title,
      leadUnitId: lead,
      dueOn: addDays(doc.issuedOn!, r.int(30, 365)),
      product: 'Báo cáo kết quả thực hiện',
      search: searchText(title, 'Báo cáo kết quả thực hiện'),
      createdBy: focal?.id,
    });
  }
  // The other tasks share what is left of the assignment budget: a lead plus coordinators.
  const broadcastCount = taskUnits.reduce((n, u) => n + (u.length > 1 ? u.length : 0), 0);
  const small = taskUnits.map((u, i) => (u.length > 1 ? -1 : i)).filter((i) => i >= 0);
  const budget = Math.max(small.length, scale.assignments - broadcastCount);
  small.forEach((ti, k) => {
    const n = Math.floor((budget * (k + 1)) / small.length) - Math.floor((budget * k) / small.length);
    const set = new Set(taskUnits[ti]);
    while (set.size < n) set.add(r.next() < 0.4 ? r.pick(agencies) : r.pick(targets));
    taskUnits[ti] = [...set];
    taskRows[ti]!.coordinatingUnitIds = [...set].slice(1);
  });
  await insertAll(db, tasks, taskRows);

  // Assignments with a status mix that depends on the deadline, and their progress history.
  const asgRows: (typeof assignments.$inferInsert)[] = [];
  const eventRows: (typeof assignmentEvents.$inferInsert)[] = [];
  taskRows.forEach((t, ti) => {
    const start = docRows.find((d) => d.id === t.documentId)!.issuedOn!;
    taskUnits[ti]!.forEach((unitId, k) => {
      const id = randomUUID();
      const dueOn = k === 0 ? t.dueOn! : addDays(t.dueOn!, -r.int(0, 20));
      const past = dueOn < today;
      const x = r.next();
      let completedOn: string | null = null;
      let progress = 0;
      if (past ? x < 0.7 : x < 0.2) {
        const late = past && x < 0.15;
        const day = late ? addDays(dueOn, r.int(1, 60)) : addDays(dueOn, -r.int(0, 25));
        completedOn = day < today ? day : addDays(today, -1);
        progress = 100;
      } else if (past ? x < 0.9 : x < 0.7) progress = r.int(1, 9) * 10;
      const workflow = completedOn
        ? r.pick(['submitted', 'confirmed', 'accepted', 'accepted'] as const)
        : 'open';
      asgRows.push({
        id,
        taskId: t.id!,
        unitId,
        role: k === 0 ? 'lead' : 'coordinator',
        dueOn,
        progress,
        completedOn,
        workflow,
        submittedAt: completedOn ? at(completedOn) : null,
        productNumber: completedOn ? `${r.int(1, 999)}/BC-${k}` : null,
        productDate: completedOn,
      });
      // Up to four progress reports between the start and the completion (or today).
      const end = completedOn ?? (today < dueOn ? today : addDays(dueOn, r.int(0, 30)));
      const span = Math.max(1, daysBetween(start, earliest(end, today)));
      const steps = progress ? r.int(1, 4) : 0;
      for (let s = 1; s <= steps; s++) {
        eventRows.push({
          assignmentId: id,
          kind: 'progress',
          progress: Math.round((progress * s) / steps),
          note: `Đã triển khai ${Math.round((progress * s) / steps)}% khối lượng công việc`,
          at: at(addDays(start, Math.floor((span * s) / (steps + 1)))),
        });
      }
      if (completedOn) eventRows.push({ assignmentId: id, kind: 'submit', at: at(completedOn) });
    });
  });
  await insertAll(db, assignments, asgRows);
  await insertAll(db, assignmentEvents, eventRows, 2000);

  if (scale.commitments > 0) await generateRegister(db, today, scale.commitments, scale.milestonesEach);
  // as a database in service stands once autovacuum has passed: statistics and visibility map
  await db.execute(sql`vacuum analyze`);

  const counted = await db.execute(sql`select
    (select count(*)::int from units) as units, (select count(*)::int from documents) as documents,
    (select count(*)::int from tasks) as tasks, (select count(*)::int from assignments) as assignments,
    (select count(*)::int from assignment_events) as "assignmentEvents",
    (select count(*)::int from commitments) as commitments, (select count(*)::int from milestones) as milestones`);
  const counts = (counted as unknown as { rows: Record<string, number>[] }).rows[0]!;
  return { today, counts, seconds: (performance.now() - started) / 1000 };
}
