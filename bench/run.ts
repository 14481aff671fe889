// `npm run bench`: generates the province-scale data set and measures every scenario of
// bench/scenarios.ts against the limit, in the same run.
//
// PostgreSQL (the deployment): the database is BENCH_DATABASE_URL (or TEST_DATABASE_URL), or
// else a throwaway cluster the bench starts itself (scripts/pg-cluster.sh, PostgreSQL 15). The
// app runs in its own process (bench/serve.ts, so its RSS is the product's); for each scenario
// the bench records the SQL its requests send, then at 16 and 64 connections measures
//   - the product: requests/s, p50, p99 (wrk, or autocannon where wrk is not installed, in
//     another process: bench/load.ts), and
//   - the replay: that same SQL sent straight to PostgreSQL as prepared statements at the same
//     connection count (bench/replay.ts),
// and prints the product's throughput as a share of the replay's. Both run on the same machine
// in the same minute, so the share holds up where absolute figures are noisy. It does this on
// the 1× province (32,000 assignments) and on ten times it (320,000, ten years).
// PGlite (the embedded default): throughput at 16 connections, in process.
//
// Knobs: BENCH_QUICK=1 (1× only, 64 connections, 3 s, no PGlite: for iterating);
// BENCH_SECONDS (per run, 5); BENCH_RUNS (runs per figure, median reported; 1);
// BENCH_ONLY (a regular expression on scenario names); BENCH_SCALES ("1,10");
// BENCH_CONNECTIONS ("16,64"); BENCH_PGLITE=0 to skip PGlite; BENCH_KEEP=1 keeps the generated
// PostgreSQL database (doingoai_bench_keep_1x…) and uses it again on the next run (iterating:
// no minute of generation each time; the writes of earlier runs stay in it); BENCH_SQL=1 prints
// the statements of each scenario's first request; BENCH_PROFILE=DIR writes the app server's CPU
// profile (.cpuprofile) there; BENCH_APP_FLAGS="…" runs the app server with other V8 flags (to
// weigh a flag: run with and without it, in turn, several times). Drop the kept database after a
// schema change.
// BENCH_SWEEP_RUNS (3; 0 skips the reminder sweep, measured on each database after the
// scenarios: bench/sweep.ts).
// It runs with the V8 flags of `npm start` (read from package.json: --max-semi-space-size=4
// --heap-growing-percent=30, so V8 collects old garbage before the heap has grown far: peak RSS
// under the list load 225–242 → 134–148 MB, throughput the same within this machine's noise),
// and the app server compiled as `npm start` compiles it (dist/bench/serve.js), so the figures,
// memory included, are the product's.
import { execFile, execFileSync, fork } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { type Database, openDatabase } from '../src/server/db/client.js';
import { migrateDatabase } from '../src/server/db/migrate.js';
import { DEMO_PASSWORD } from '../src/server/db/seed/demo-users.js';
import { fixedClock } from '../src/server/lib/clock.js';
import { BENCH_TODAY, generateProvince, provinceScale, type Scale, tenTimesScale } from './generate.js';
import { benchReportRounds } from './report-rounds.js';
import { type BenchRequest, type Scenario, scenarios, served } from './scenarios.js';
import type { Statement } from './serve.js';
import { benchSweep } from './sweep.js';

const QUICK = process.env.BENCH_QUICK === '1';
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 3 : 5));
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
const list = (v: string | undefined, d: string) => (v ?? d).split(',').map(Number);
const CONNECTIONS = list(process.env.BENCH_CONNECTIONS, QUICK ? '64' : '16,64');
const SCALES = list(process.env.BENCH_SCALES, QUICK ? '1' : '1,10');
const PGLITE = process.env.BENCH_PGLITE ? process.env.BENCH_PGLITE !== '0' : !QUICK;
/** Runs of the reminder sweep per database (median reported); 0 skips it. */
const SWEEP_RUNS = Number(process.env.BENCH_SWEEP_RUNS ?? (QUICK ? 1 : 3));
const KEEP = process.env.BENCH_KEEP === '1';
const SHOW_SQL = process.env.BENCH_SQL === '1';
/** How many requests of a rotation are recorded for the replay (one set of statements each). */
const CAPTURED = 50;
const here = new URL('.', import.meta.url).pathname;
/** `npm start`'s V8 flags, read from package.json: the app server runs as the product does. */
const startFlags = (() => {
  const start = (
    JSON.parse(readFileSync(join(here, '../package.json'), 'utf8')) as { scripts: { start: string } }
  ).scripts.start;
  return start
    .slice(start.lastIndexOf('node '))
    .split(/\s+/)
    .filter((f) => f.startsWith('--'));
})();
/** The bench's own processes (load, replay) run TypeScript with the same flags. */
const nodeFlags = [...startFlags, '--import', 'tsx'];

interface Result {
  scenario: string;
  db: string;
  scale: number;
  connections?: number;
  rps?: number;
  p50?: number;
  p99?: number;
  replay?: number;
  /** CPU ms a request: the app server's process and PostgreSQL's (median of the runs). */
  cpu?: { app: number; postgres: number };
  note?: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const run = promisify(execFile);
const selected = scenarios.filter((s) => !ONLY || ONLY.test(s.name));

/** The load generator the runs used (bench/load.ts: wrk when installed). */
const loadTools = new Set<string>();

/** requests/s, p50, p99 of a rotation of requests at `connections` (wrk or autocannon, own process). */
async function load(base: string, cookie: string, requests: BenchRequest[], connections: number) {
  const job = JSON.stringify({ base, cookie, requests, connections, seconds: SECONDS });
  const { stdout } = await run(process.execPath, [...nodeFlags, join(here, 'load.ts'), job], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const out = JSON.parse(stdout) as { rps: number; p50: number; p99: number; failures: number; tool: string };
  loadTools.add(out.tool);
  return out;
}

/** transactions/s of the recorded statement sets, prepared, at `connections` (own process). */
async function replay(url: string, sets: Statement[][], connections: number) {
  const file = join(tmpdir(), `doingoai-replay-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ url, sets, connections, seconds: SECONDS }));
  try {
    const { stdout } = await run(process.execPath, [...nodeFlags, join(here, 'replay.ts'), file]);
    return JSON.parse(stdout) as { tps: number; p50: number; p99: number; failures: number };
  } finally {
    rmSync(file, { force: true });
  }
}

async function login(base: string, username: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function send(base: string, cookie: string, r: BenchRequest) {
  const res = await fetch(base + r.path, {
    method: r.method,
    headers: { cookie, ...(r.body ? { 'content-type': 'application/json' } : {}) },
    body: r.body,
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${r.method} ${r.path}: HTTP ${res.status} ${text.slice(0, 160)}`);
  return text;
}

const shapeOf = (body: string) => {
  const json = JSON.parse(body) as { items?: unknown[]; total?: number };
  return json.items
    ? `${json.items.length} rows of ${json.total}, ${body.length} bytes`
    : `${body.length} bytes`;
};

// --- the databases -----------------------------------------------------------------------------

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** The PostgreSQL server to use: the one given, or a throwaway cluster started here. */
async function postgresServer(): Promise<{ url: string; stop(): void } | null> {
  const given = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (given) return { url: given, stop: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'doingoai-bench-pg-'));
  const port = await freePort();
  const script = join(here, '../scripts/pg-cluster.sh');
  try {
    execFileSync('bash', [script, 'start', dir, String(port)], { stdio: 'inherit' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  console.log(`[postgres] started a throwaway cluster in ${dir} on port ${port}`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      execFileSync('bash', [script, 'stop', dir], { stdio: 'inherit' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function admin(url: string, q: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(q).finally(() => c.end());
}

/** A fresh database of the kind asked for, removed afterwards. */
async function freshDatabase(
  adminUrl?: string,
  keep?: string,
): Promise<{ database: Database; dispose(): Promise<void>; kept?: boolean }> {
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'doingoai-bench-'));
    const database = await openDatabase({ dataDir: dir });
    return { database, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (keep) {
    const u = new URL(adminUrl);
    u.pathname = `/${keep}`;
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    const found = await c
      .query('select 1 from pg_database where datname = $1', [keep])
      .finally(() => c.end());
    if (!found.rowCount) await admin(adminUrl, `create database ${keep}`);
    const database = await openDatabase({ url: u.toString() });
    return { database, dispose: async () => {}, kept: found.rowCount === 1 };
  }
  const name = `doingoai_bench_${process.pid}`;
  await admin(adminUrl, `drop database if exists ${name} with (force)`);
  await admin(adminUrl, `create database ${name}`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString() });
  return { database, dispose: () => admin(adminUrl, `drop database if exists ${name} with (force)`) };
}

async function generate(kind: string, database: Database, scale: Scale) {
  await migrateDatabase(database);
  const generated = await generateProvince(database.db, scale);
  const counts = Object.entries(generated.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  console.log(`[${kind}] generated in ${generated.seconds.toFixed(1)} s: ${counts}`);
}

// --- PostgreSQL: the product against the replay of its own SQL ---------------------------------

/** The app server's V8 flags: `npm start`'s, or BENCH_APP_FLAGS to weigh others. */
const productFlags =
  process.env.BENCH_APP_FLAGS !== undefined
    ? process.env.BENCH_APP_FLAGS.split(' ').filter(Boolean)
    : startFlags;

/**
 * The app server in its own process, spoken to over IPC: bench/serve.ts compiled as `npm start`
 * compiles the product (scripts/build-server.mjs; tsx would add ~80 MB to the RSS reported).
 */
async function startServer(url: string) {
  const serveJs = join(here, '../dist/bench/serve.js');
  execFileSync(
    process.execPath,
    [join(here, '../scripts/build-server.mjs'), 'bench/serve.ts', 'dist/bench/serve.js'],
    {
      stdio: 'inherit',
    },
  );
  const child = fork(serveJs, [], {
    execArgv: process.env.BENCH_PROFILE
      ? [...productFlags, '--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
      : productFlags,
    env: { ...process.env, BENCH_DB_URL: url },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = <T>(message: unknown, key: string) =>
    new Promise<T>((resolve) => {
      const on = (m: Record<string, unknown>) => {
        if (key in m) {
          child.off('message', on);
          resolve(m as T);
        }
      };
      child.on('message', on);
      if (message !== null) child.send(message as string);
    });
  let stopping = false;
  child.once('exit', (code) => {
    if (stopping) return;
    console.error(`the bench server exited (${code})`);
    process.exit(1);
  });
  const { port } = await ask<{ port: number }>(null, 'port');
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid,
    rss: () => ask<{ rss: number; peak: number; heapAtPeak: number; externalAtPeak: number }>('rss', 'rss'),
    has: (s: Scenario) => ask<{ has: boolean }>({ has: [s.method ?? 'GET', s.route] }, 'has'),
    /** The statements each request sends, one set per request. */
    async capture(cookie: string, requests: BenchRequest[]) {
      const sets: Statement[][] = [];
      let body = '';
      for (const r of requests.slice(0, CAPTURED)) {
        await ask('capture', 'capturing');
        body = await send(this.base, cookie, r);
        sets.push((await ask<{ statements: Statement[] }>('captured', 'statements')).statements);
      }
      return { sets, body };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  };
}

const mb = (n: number) => `${Math.round(n / 1048576)} MB`;

// CPU time (user + system, ms) from /proc: the app server's process and every PostgreSQL process
// of the machine (the bench's cluster is the only one it runs). Linux only; elsewhere null.
const TICK_MS = 10; // USER_HZ is 100 on Linux
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_MS; // utime, stime
  } catch {
    return 0;
  }
}
/** CPU ms of each PostgreSQL process now (pid → ms). */
function postgresCpu(): Map<string, number> {
  const byPid = new Map<string, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres') byPid.set(d, cpuMs(Number(d)));
    } catch {}
  }
  return byPid;
}
/** PostgreSQL's CPU between two readings: per process, so one that started or ended between them
 * (an autovacuum worker) neither counts its earlier life nor takes its CPU away from the total. */
function postgresCpuSince(before: Map<string, number>): number {
  let total = 0;
  for (const [pid, ms] of postgresCpu()) total += ms - (before.get(pid) ?? 0);
  return total;
}
const hasProc = existsSync('/proc/self/stat');
/** CPU spent by the app and by PostgreSQL while `work` runs. */
async function cpuDuring<T>(appPid: number | undefined, work: () => Promise<T>) {
  const a0 = hasProc && appPid ? cpuMs(appPid) : 0;
  const p0 = hasProc ? postgresCpu() : new Map<string, number>();
  const result = await work();
  return {
    result,
    app: hasProc && appPid ? cpuMs(appPid) - a0 : null,
    postgres: hasProc ? postgresCpuSince(p0) : null,
  };
}

async function benchPostgres(adminUrl: string, scaleFactor: number): Promise<Result[]> {
  const t0 = performance.now();
  const kind = `postgres ${scaleFactor}×`;
  const scale = scaleFactor === 10 ? tenTimesScale : provinceScale;
  const { database, dispose, kept } = await freshDatabase(
    adminUrl,
    KEEP ? `doingoai_bench_keep_${scaleFactor}x` : undefined,
  );
  const results: Result[] = [];
  try {
    if (kept) console.log(`[${kind}] the database kept by an earlier run (BENCH_KEEP=1)`);
    else await generate(kind, database, scale);
    const url = database.url!;
    const server = await startServer(url);
    try {
      const atRest = await server.rss();
      const cookies = new Map<string, string>();
      const cookieOf = async (u: string) => {
        if (!cookies.has(u)) cookies.set(u, await login(server.base, u));
        return cookies.get(u)!;
      };
      for (const s of selected) {
        const base = { scenario: s.name, db: 'postgres', scale: scaleFactor };
        if (!(await server.has(s)).has) {
          console.log(`[${kind}] SKIPPED ${s.name}: ${s.route} does not exist yet`);
          results.push({ ...base, note: 'skipped: no route yet' });
          continue;
        }
        const requests = await s.requests(database.db, BENCH_TODAY);
        if (!requests) {
          results.push({ ...base, note: 'skipped: no data fits' });
          continue;
        }
        const cookie = await cookieOf(s.as ?? 'sngv');
        const { sets, body } = await server.capture(cookie, requests);
        const perRequest = sets.reduce((n, x) => n + x.length, 0) / sets.length;
        console.log(
          `[${kind}] ${s.name}: ${shapeOf(body)}, ${perRequest.toFixed(1)} statements a request ← ${requests[0]!.method} ${requests[0]!.path}${requests.length > 1 ? ` (+${requests.length - 1} more)` : ''}`,
        );
        if (SHOW_SQL)
          for (const st of sets[0] ?? [])
            console.log(`    ${st.text.replace(/\s+/g, ' ')}  -- ${JSON.stringify(st.values).slice(0, 200)}`);
        for (const connections of CONNECTIONS) {
          const product: Awaited<ReturnType<typeof load>>[] = [];
          const limit: Awaited<ReturnType<typeof replay>>[] = [];
          const appMs: number[] = [];
          const pgMs: number[] = [];
          for (let i = 0; i < RUNS; i++) {
            const m = await cpuDuring(server.pid, () => load(server.base, cookie, requests, connections));
            product.push(m.result);
            const n = m.result.rps * SECONDS;
            if (m.app !== null && m.postgres !== null && n > 0) {
              appMs.push(m.app / n);
              pgMs.push(m.postgres / n);
            }
            limit.push(await replay(url, sets, connections));
          }
          const failures =
            product.reduce((n, p) => n + p.failures, 0) + limit.reduce((n, p) => n + p.failures, 0);
          const r: Result = {
            ...base,
            connections,
            rps: median(product.map((p) => p.rps)),
            p50: median(product.map((p) => p.p50)),
            p99: median(product.map((p) => p.p99)),
            replay: median(limit.map((p) => p.tps)),
            cpu: appMs.length ? { app: median(appMs), postgres: median(pgMs) } : undefined,
            note: failures ? `FAILED under load: ${failures} errors or non-2xx answers` : undefined,
          };
          results.push(r);
          console.log(
            `[${kind}]   ${connections} conns: ${Math.round(r.rps!)} req/s (p50 ${r.p50} ms, p99 ${r.p99} ms); replay ${Math.round(r.replay!)}/s → ${Math.round((100 * r.rps!) / r.replay!)} %${r.cpu ? `; CPU a request: app ${r.cpu.app.toFixed(2)} ms, PostgreSQL ${r.cpu.postgres.toFixed(2)} ms` : ''}${r.note ? ` ${r.note}` : ''}`,
          );
        }
      }
      if (!ONLY || ONLY.test('report rounds')) {
        const timings = await benchReportRounds(
          database.db,
          server.base,
          await cookieOf('sngv'),
          Math.max(RUNS, 5),
          (line) => console.log(`[${kind}] report rounds: ${line}`),
        );
        for (const t of timings) {
          const verdict = t.median < t.targetMs ? 'within' : 'OVER';
          console.log(
            `[${kind}] ${t.name}: median ${Math.round(t.median)} ms of ${t.runs.length} runs (${verdict} ${t.targetMs} ms); ${t.detail}`,
          );
          results.push({
            scenario: t.name,
            db: 'postgres',
            scale: scaleFactor,
            p50: Math.round(t.median),
            note: `one at a time, median of ${t.runs.length} (${t.runs.map(Math.round).join(', ')} ms); target < ${t.targetMs} ms: ${verdict}`,
          });
        }
      }
      const { peak, heapAtPeak, externalAtPeak } = await server.rss();
      console.log(
        `[${kind}] server RSS at rest ${mb(atRest.rss)}, peak ${mb(peak)} (then: V8 heap ${mb(heapAtPeak)}, outside it ${mb(externalAtPeak)})`,
      );
      results.push({
        scenario: `server RSS: at rest ${mb(atRest.rss)}, peak ${mb(peak)}`,
        db: 'postgres',
        scale: scaleFactor,
      });
    } finally {
      await server.stop();
    }
    if (SWEEP_RUNS > 0) results.push(await sweepResult(database, kind, 'postgres', scaleFactor));
  } finally {
    await database.close();
    await dispose();
  }
  console.log(`[${kind}] done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return results;
}

/** The reminder sweep over the generated data (bench/sweep.ts), in this process; target < 5 s. */
async function sweepResult(database: Database, kind: string, db: string, scale: number): Promise<Result> {
  const { ms, line } = await benchSweep(database.db, kind, SWEEP_RUNS);
  return {
    scenario: 'reminder sweep (whole province, one day)',
    db,
    scale,
    note: `${(ms / 1000).toFixed(2)} s median${ms > 5000 ? ' — OVER the 5 s target' : ''}; ${line.split('; ').slice(1).join('; ')}`,
  };
}

// --- PGlite: in process ------------------------------------------------------------------------

async function benchPglite(): Promise<Result[]> {
  const t0 = performance.now();
  const { database, dispose } = await freshDatabase();
  const results: Result[] = [];
  try {
    await generate('pglite', database, provinceScale);
    const app = await buildApp(
      { db: database.db, dbKind: database.kind, clock: fixedClock(BENCH_TODAY), secureCookies: false },
      { serveWeb: false },
    );
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      for (const s of selected) {
        const row = { scenario: s.name, db: 'pglite', scale: 1 };
        if (!served(app, s)) {
          results.push({ ...row, note: 'skipped: no route yet' });
          continue;
        }
        const requests = await s.requests(database.db, BENCH_TODAY);
        if (!requests) {
          results.push({ ...row, note: 'skipped: no data fits' });
          continue;
        }
        const cookie = await login(base, s.as ?? 'sngv');
        await send(base, cookie, requests[0]!);
        const r = await load(base, cookie, requests, 16);
        results.push({
          ...row,
          connections: 16,
          rps: r.rps,
          p50: r.p50,
          p99: r.p99,
          note: r.failures ? `FAILED under load: ${r.failures} errors or non-2xx answers` : undefined,
        });
        console.log(`[pglite] ${s.name}: ${Math.round(r.rps)} req/s at 16 conns (p50 ${r.p50} ms)`);
      }
    } finally {
      await app.close();
    }
    if (SWEEP_RUNS > 0) results.push(await sweepResult(database, 'pglite', 'pglite', 1));
  } finally {
    await database.close();
    await dispose();
  }
  console.log(`[pglite] done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return results;
}

function printTable(rows: Result[]) {
  const head = ['scenario', 'db', 'data', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'replay/s', 'share'];
  const n = (x: number | undefined, f = 0) => (x === undefined ? '–' : x.toFixed(f));
  const cells = rows.map((r) => [
    r.scenario,
    r.db,
    `${r.scale}×`,
    n(r.connections),
    n(r.rps),
    n(r.p50),
    n(r.p99),
    n(r.replay),
    r.rps !== undefined && r.replay ? `${Math.round((100 * r.rps) / r.replay)} %` : '–',
    r.note ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => (i < 2 ? x.padEnd(widths[i] ?? 0) : x.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const c of cells) console.log(line(c));
}

const started = performance.now();
const results: Result[] = [];
if (PGLITE) results.push(...(await benchPglite()));
const pgServer = await postgresServer();
if (pgServer) {
  try {
    for (const f of SCALES) results.push(...(await benchPostgres(pgServer.url, f)));
  } finally {
    pgServer.stop();
  }
} else
  console.log('SKIPPED PostgreSQL: set BENCH_DATABASE_URL, or install PostgreSQL 15 for a throwaway cluster');
printTable(results);
console.log(
  `\n${SECONDS} s per run, ${RUNS} run(s) per figure (median); loopback, ${[...loadTools].join(' and ') || 'no load'}${loadTools.has('wrk') ? ' (2 threads)' : ''}; replay = the SQL the ` +
    `requests sent, as prepared statements, at the same connection count; share = req/s ÷ replay/s. ` +
    `Total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
if (results.some((r) => r.note?.startsWith('FAILED'))) process.exitCode = 1;
