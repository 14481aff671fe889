// kill -9 during concurrent writes (issue 13, PostgreSQL): the app server is killed while 200
// writes are in flight; after it, every write that was acknowledged is in the database with its
// audit entry, no record exists without its entry, the audit chain holds, and a restarted server
// serves the acknowledged records.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase, rowsOf } from '../db/client.js';
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
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'sngv', password: 'demo123' }),
      });
      const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
      const marker = `Ghi đồng thời ${randomBytes(3).toString('hex')}`;
      const acked: string[] = [];
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
          if (res.status === 201) acked.push((await res.json()).id);
          if (acked.length >= 10 && !killed) {
            killed = true;
            server.kill('SIGKILL');
          }
        } catch {
          // the connection died with the server: not acknowledged
        }
      });
      await Promise.all(writes);
      if (!killed) server.kill('SIGKILL');
      if (server.exitCode === null && server.signalCode === null) await once(server, 'exit');

      const rows = rowsOf<{ id: string; audited: boolean }>(
        await database.db.execute(sql`
          select d.id::text as id,
                 exists (select 1 from audit_log a where a.entity = 'document' and a.entity_id = d.id::text
                         and a.action = 'create') as audited
          from documents d where d.summary like ${`${marker}%`}`),
      );
      const stored = new Set(rows.map((r) => r.id));
      const lost = acked.filter((id) => !stored.has(id));
      const halfWritten = rows.filter((r) => !r.audited);
      console.log(
        `kill -9: ${WRITES} writes sent, ${acked.length} acknowledged, ${rows.length} stored, ${lost.length} lost, ${halfWritten.length} without audit entry`,
      );
      expect(acked.length).toBeGreaterThanOrEqual(10);
      expect(lost).toEqual([]);
      expect(halfWritten).toEqual([]);
      expect((await verifyAuditChain(database.db)).problems).toEqual([]);

      // a restarted server serves what was acknowledged
      server = startServer(url, port);
      await waitHealthy(base);
      const again = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'sngv', password: 'demo123' }),
      });
      const cookie2 = again.headers.getSetCookie()[0]!.split(';')[0]!;
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
