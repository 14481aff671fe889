// Backup and restore round trip (issue 13): every table of the demo database, files included,
// comes back identical on a fresh database of the same kind, the audit chain intact, the app
// working on it (sequences past the largest ids).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { verifyAuditChain } from '../lib/audit-chain.js';
import { buildDocument } from '../modules/documents/factories.js';
import { buildFile } from '../modules/files/factories.js';
import { createTestApp } from '../test/harness.js';
import { withDatabase } from '../test/template.js';
import { backupDatabase, fingerprint, restoreDatabase } from './backup.js';
import { type Database, openDatabase } from './client.js';
import { migrateDatabase } from './migrate.js';

const t = await createTestApp();
const dir = mkdtempSync(join(tmpdir(), 'doingoai-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh, migrated, empty database of the same kind as the test's. */
async function freshDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return database;
  }
  const name = `doingoai_restore_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const database = await openDatabase({ url: withDatabase(url, name), poolSize: 2 });
  await migrateDatabase(database);
  return {
    ...database,
    async close() {
      await database.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

describe('backup and restore', () => {
  it('restores every table identical, files and the audit chain included', async () => {
    // some records of every kind beside the demo data: a document, a file's bytes, an account
    await buildDocument(t, { number: '501/KH-UBND', summary: 'Kế hoạch sao lưu' });
    const bytes = randomBytes(300_000);
    await buildFile(t, 'sngv', {
      name: 'anh.png',
      content: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), bytes]),
    });
    await t.api('admin', 'POST', '/api/users', {
      username: 'saoluu.thu',
      fullName: 'Sao Lưu Thử',
      role: 'focal',
      password: 'mat-khau-sao-luu',
    });
    const file = join(dir, 'doingoai.backup.gz');
    const taken = await backupDatabase(t.db, file);
    const source = await fingerprint(t.db);
    expect(taken.tables).toBe(Object.keys(source).length);
    expect(taken.rows).toBe(Object.values(source).reduce((n, x) => n + x.rows, 0));
    expect(source.files!.rows).toBeGreaterThan(0);
    expect(source.audit_log!.rows).toBeGreaterThan(0);

    const target = await freshDatabase();
    try {
      const restored = await restoreDatabase(target.db, file);
      expect(restored.rows).toBe(taken.rows);
      expect(await fingerprint(target.db)).toEqual(source);
      expect((await verifyAuditChain(target.db)).problems).toEqual([]);
      // restoring again over the restored data replaces it: still identical
      await restoreDatabase(target.db, file);
      expect(await fingerprint(target.db)).toEqual(source);

      // the app works on it: sign-in, a write (new ids after the restored ones), the chain goes on
      const app = await buildApp(
        { db: target.db, dbKind: target.kind, clock: t.clock, secureCookies: false },
        { serveWeb: false },
      );
      try {
        const login = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'saoluu.thu', password: 'mat-khau-sao-luu' },
        });
        expect(login.statusCode).toBe(200);
        const cookie = `doingoai_sid=${login.cookies.find((c) => c.name === 'doingoai_sid')!.value}`;
        const unit = await app.inject({
          method: 'POST',
          url: '/api/units',
          headers: { cookie },
          payload: { code: 'SAOLUU', name: 'Ban sau khôi phục', kind: 'ban_nganh' },
        });
        expect(unit.statusCode).toBe(403); // a focal officer does not manage units: refused, nothing written
        const doc = await app.inject({
          method: 'POST',
          url: '/api/documents',
          headers: { cookie },
          payload: {
            number: '777/KH-UBND',
            issuer: 'UBND tỉnh',
            issuedOn: '2026-02-03',
            summary: 'Sau khôi phục',
          },
        });
        expect(doc.statusCode, doc.body).toBe(201);
      } finally {
        await app.close();
      }
      const chain = await verifyAuditChain(target.db);
      expect(chain.problems).toEqual([]);
      expect(chain.head.seq).toBe(source.audit_log!.rows + 1);
    } finally {
      await target.close();
    }
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const file = join(dir, 'not-a-backup.gz');
    const { gzipSync } = await import('node:zlib');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, gzipSync('{"hello":1}\n'));
    const before = await fingerprint(t.db);
    await expect(restoreDatabase(t.db, file)).rejects.toThrow('không phải bản sao lưu');
    expect(await fingerprint(t.db)).toEqual(before);
  });
});
