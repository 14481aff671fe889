// kill -9 during concurrent writes (issue 13, PostgreSQL): the app server, then PostgreSQL itself
// (a cluster of its own with PostgreSQL's default durability), is killed while 200 writes are in
// flight; after it, every write that was acknowledged is in the database with its audit entry, no
// record exists without its entry, the audit chain holds, and the server serves the acknowledged
// records (restarted, or reconnecting by itself once PostgreSQL has recovered).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { type Db, openDatabase, rowsOf } from '../db/client.js';
import { verifyAuditChain } from '../lib/audit-chain.js';
import { PG_TEMPLATE_DB, withDatabase } from './template.js';

const adminUrl = process.env.TEST_DATABASE_URL;
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const WRITES = 200;

function startServer(url: string, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO: '1',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitHealthy(base: string, ms = 90_000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    if (Date.now() > until) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function signIn(base: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'sngv', password: 'demo123' }),
  });
  return login.headers.getSetCookie()[0]!.split(';')[0]!;
}

/** 200 document creations at once; `kill` runs once 10 of them are acknowledged. */
async function burstAndKill(base: string, kill: () => void) {
  const cookie = await signIn(base);
  const marker = `Ghi đồng thời ${randomBytes(3).toString('hex')}`;
  const acked: { id: string; marker: string }[] = [];
  let killed = false;
  const writes = Array.from({ length: WRITES }, async (_, i) => {
    try {
      const res = await fetch(`${base}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          number: `${i + 1}/KH-CRASH`,
          issuer: 'UBND tỉnh Gia Lai',
          issuedOn: '2026-02-10',
          summary: `${marker} ${i + 1}`,
        }),
      });
      if (res.status === 201) acked.push({ id: (await res.json()).id, marker });
      if (acked.length >= 10 && !killed) {
        killed = true;
        kill();
      }
    } catch {
      // the connection died with the server: not acknowledged
    }
  });
  await Promise.all(writes);
  if (!killed) kill();
  return { acked: acked.map((a) => a.id), marker };
}

/** Every acknowledged write stored with its audit entry, none without it, the chain whole. */
async function expectDurable(db: Db, acked: string[], what: string) {
  const rows = rowsOf<{ id: string; audited: boolean }>(
    await db.execute(sql`
      select d.id::text as id,
             exists (select 1 from audit_log a where a.entity = 'document' and a.entity_id = d.id::text
                     and a.action = 'create') as audited
      from documents d where d.number like '%/KH-CRASH'`),
  );
  const stored = new Set(rows.map((r) => r.id));
  const lost = acked.filter((id) => !stored.has(id));
  const halfWritten = rows.filter((r) => !r.audited);
  console.log(
    `kill -9 of the ${what}: ${WRITES} writes sent, ${acked.length} acknowledged, ${rows.length} stored, ${lost.length} lost, ${halfWritten.length} without audit entry`,
  );
  expect(acked.length).toBeGreaterThanOrEqual(10);
  expect(lost).toEqual([]);
  expect(halfWritten).toEqual([]);
  expect((await verifyAuditChain(db)).problems).toEqual([]);
}

describe.skipIf(!adminUrl)('kill -9 during concurrent writes (PostgreSQL)', () => {
  it('loses no acknowledged write nor its audit entry, and leaves no half write', async () => {
    const name = `doingoai_crash_${process.pid}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${PG_TEMPLATE_DB}`);
    const url = withDatabase(adminUrl!, name);
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const base = `http://127.0.0.1:${port}`;
    let server = startServer(url, port);
    const database = await openDatabase({ url, poolSize: 2 });
    try {
      await waitHealthy(base);
      const { acked } = await burstAndKill(base, () => {
        server.kill('SIGKILL');
      });
      if (server.exitCode === null && server.signalCode === null) await once(server, 'exit');
      await expectDurable(database.db, acked, 'app server');

      // a restarted server serves what was acknowledged
      server = startServer(url, port);
      await waitHealthy(base);
      const cookie2 = await signIn(base);
      for (const id of acked.slice(0, 10)) {
        const res = await fetch(`${base}/api/documents/${id}`, { headers: { cookie: cookie2 } });
        expect(res.status).toBe(200);
      }
    } finally {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 240_000);
});

const PG_BIN = '/usr/lib/postgresql/15/bin';
const cluster = (args: string[], env: Record<string, string> = {}) =>
  execFileSync('bash', [join(root, 'scripts/pg-cluster.sh'), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

/** SIGKILL to the postmaster and every backend at once: PostgreSQL dies as in a power cut of the process. */
function killPostgres(dir: string) {
  const pm = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let children: number[] = [];
  try {
    children = execFileSync('pgrep', ['-P', String(pm)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    // pgrep exits 1 when the postmaster has no child left
  }
  const pids = [pm, ...children];
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
  return pids;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** PostgreSQL started again on its data folder: crash recovery from the write-ahead log. */
async function restartPostgres(dir: string, port: number, killed: number[]) {
  for (let i = 0; i < 100 && killed.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
  try {
    cluster(['start', dir, String(port)]);
  } catch (e) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    throw new Error(`PostgreSQL did not start again: ${(e as Error).message}\n${log.slice(-2000)}`);
  }
}

describe.skipIf(!adminUrl || !existsSync(`${PG_BIN}/pg_ctl`))('kill -9 of PostgreSQL itself', () => {
  it('loses no acknowledged write nor its audit entry; the server serves them again once it has recovered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doingoai-crash-pg-'));
    const pgPort = 40_000 + Math.floor(Math.random() * 10_000);
    cluster(['start', dir, String(pgPort)], { DURABLE: '1' });
    const url = `postgres://postgres@127.0.0.1:${pgPort}/postgres`;
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const base = `http://127.0.0.1:${port}`;
    const server = startServer(url, port);
    try {
      await waitHealthy(base, 120_000);
      let killed: number[] = [];
      const { acked } = await burstAndKill(base, () => {
        killed = killPostgres(dir);
      });
      // while it is down the app server stays up and says so: 503 with Retry-After, not a crash
      for (let i = 0; i < 100 && killed.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
      const down = await fetch(`${base}/api/health`);
      expect(down.status).toBe(503);
      expect((await down.json()).error.code).toBe('DB_UNAVAILABLE');
      expect(down.headers.get('retry-after')).toBe('5');
      // PostgreSQL starts again and recovers from its write-ahead log
      await restartPostgres(dir, pgPort, killed);
      const database = await openDatabase({ url, poolSize: 2 });
      try {
        await expectDurable(database.db, acked, 'PostgreSQL server');
      } finally {
        await database.close();
      }
      // the app server was not restarted: it reconnects by itself
      await waitHealthy(base, 30_000).catch((e) => {
        throw new Error(`${e.message} (app server exit ${server.exitCode} ${server.signalCode})`);
      });
      const cookie = await signIn(base);
      for (const id of acked.slice(0, 10)) {
        const res = await fetch(`${base}/api/documents/${id}`, { headers: { cookie } });
        expect(res.status).toBe(200);
      }
    } finally {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
      cluster(['stop', dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
