// `npm run bench`: generates the province-scale data set into a fresh PGlite (and into a fresh
// PostgreSQL database when BENCH_DATABASE_URL or TEST_DATABASE_URL is set), serves the app on a
// loopback port, and measures each scenario: the server's time per request (Fastify's
// reply.elapsedTime) over sequential requests, and requests/s at 16 concurrent connections.
// BENCH_REQUESTS (sequential requests, 200) and BENCH_SECONDS (per throughput run, 5) tune it.
// It runs with the V8 flags of `npm start` (package.json), so the figures are the product's.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { type Database, openDatabase } from '../src/server/db/client.js';
import { migrateDatabase } from '../src/server/db/migrate.js';
import { DEMO_PASSWORD } from '../src/server/db/seed/demo-users.js';
import { fixedClock } from '../src/server/lib/clock.js';
import { BENCH_TODAY, generateProvince } from './generate.js';
import { type Scenario, scenarios, served } from './scenarios.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 16;
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/** requests/s at CONNECTIONS connections; autocannon runs in its own process, not on the server's. */
async function throughput(url: string, cookie: string) {
  const args = [
    AUTOCANNON,
    '-j',
    '-c',
    String(CONNECTIONS),
    '-d',
    String(SECONDS),
    '-H',
    `cookie:${cookie}`,
    url,
  ];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  const r = JSON.parse(stdout) as { requests: { average: number }; non2xx: number; errors: number };
  return { rps: r.requests.average, failures: r.non2xx + r.errors };
}

interface Result {
  scenario: string;
  db: string;
  median?: number;
  p95?: number;
  rps?: number;
  note?: string;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** A fresh database of the kind asked for, removed afterwards. */
async function freshDatabase(adminUrl?: string): Promise<{ database: Database; dispose(): Promise<void> }> {
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'doingoai-bench-'));
    const database = await openDatabase({ dataDir: dir });
    return { database, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `doingoai_bench_${process.pid}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(q).finally(() => c.end());
  };
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString() });
  return { database, dispose: () => admin(`drop database if exists ${name} with (force)`) };
}

async function measure(base: string, cookie: string, url: string, times: number[], s: Scenario) {
  const get = () => fetch(base + url, { headers: { cookie } });
  const res = await get();
  const body = await res.text();
  if (res.status !== 200) return { note: `FAILED: HTTP ${res.status} ${body.slice(0, 160)}` };
  const json = JSON.parse(body) as { items?: unknown[]; total?: number };
  const shape = json.items ? `${json.items.length} rows of ${json.total}` : `${body.length} bytes`;
  for (let i = 0; i < 20; i++) await (await get()).arrayBuffer(); // warm-up
  times.length = 0;
  for (let i = 0; i < REQUESTS; i++) await (await get()).arrayBuffer();
  const server = [...times];
  let rps: number | undefined;
  let note: string | undefined;
  if (s.throughput) {
    const r = await throughput(base + url, cookie);
    rps = r.rps;
    if (r.failures) note = `FAILED under load: ${r.failures} errors or non-2xx answers`;
  }
  return { median: quantile(server, 0.5), p95: quantile(server, 0.95), rps, note, shape };
}

async function benchOn(kind: 'pglite' | 'postgres', adminUrl?: string): Promise<Result[]> {
  const t0 = performance.now();
  const { database, dispose } = await freshDatabase(adminUrl);
  const results: Result[] = [];
  try {
    await migrateDatabase(database);
    const generated = await generateProvince(database.db);
    const counts = Object.entries(generated.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ');
    console.log(`[${kind}] generated in ${generated.seconds.toFixed(1)} s: ${counts}`);

    const clock = fixedClock(BENCH_TODAY);
    const app = await buildApp(
      { db: database.db, dbKind: database.kind, clock, secureCookies: false },
      { serveWeb: false },
    );
    const times: number[] = [];
    app.addHook('onResponse', async (_req, reply) => {
      times.push(reply.elapsedTime);
    });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'sngv', password: DEMO_PASSWORD }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
      for (const s of scenarios) {
        if (!served(app, s)) {
          console.log(`[${kind}] SKIPPED ${s.name}: ${s.route} does not exist yet`);
          results.push({ scenario: s.name, db: kind, note: 'skipped: no route yet' });
          continue;
        }
        const url = await s.url(database.db, BENCH_TODAY);
        if (!url) {
          results.push({ scenario: s.name, db: kind, note: 'skipped: no data fits' });
          continue;
        }
        const { shape, ...r } = await measure(base, cookie, url, times, s);
        results.push({ scenario: s.name, db: kind, ...r });
        console.log(
          `[${kind}] ${s.name}: ${r.note ?? `median ${r.median?.toFixed(2)} ms (${shape}) ← ${url}`}`,
        );
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    await dispose();
  }
  console.log(`[${kind}] done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return results;
}

function printTable(rows: Result[]) {
  const head = ['scenario', 'db', 'median ms', 'p95 ms', 'req/s'];
  const cells = rows.map((r) => [
    r.scenario,
    r.db,
    r.median === undefined ? '–' : r.median.toFixed(2),
    r.p95 === undefined ? '–' : r.p95.toFixed(2),
    r.rps === undefined ? '–' : Math.round(r.rps).toString(),
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

const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
const results = await benchOn('pglite');
if (pgUrl) results.push(...(await benchOn('postgres', pgUrl)));
else console.log('SKIPPED PostgreSQL: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to bench it too');
printTable(results);
console.log(
  `\n${REQUESTS} sequential requests per scenario (server time: Fastify reply.elapsedTime); ` +
    `req/s over ${SECONDS} s at ${CONNECTIONS} connections (loopback, autocannon).`,
);
if (results.some((r) => r.note?.startsWith('FAILED'))) process.exitCode = 1;
