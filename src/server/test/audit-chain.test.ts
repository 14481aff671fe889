// The audit log's protection (issue 13): entries sealed in a hash chain at commit, verified by
// `audit-verify`; on PostgreSQL the application runs as a role that can append to the log but
// not change it, nor alter or drop its table and triggers (migrations run as the owner).
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openDatabase, rowsOf } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { verifyAuditChain } from '../lib/audit-chain.js';
import { createTestApp } from './harness.js';
import { PG_TEMPLATE_DB, withDatabase } from './template.js';

const t = await createTestApp();
const adminUrl = process.env.TEST_DATABASE_URL;

const createUnit = (code: string) =>
  t.api('admin', 'POST', '/api/units', { code, name: `Ban thử chuỗi ${code}`, kind: 'ban_nganh' });

describe('the hash chain', () => {
  it('seals every entry at commit, simultaneous writes included, and verifies', async () => {
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => createUnit(`CHAIN${i}`)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(16).fill(201));
    const report = await verifyAuditChain(t.db);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const [{ n }] = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from audit_log`),
    ) as [{ n: number }];
    expect(report.entries).toBe(n);
    expect(report.head.seq).toBe(n);
    expect(report.head.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('replaces chain values an insert brings with the seal', async () => {
    await t.db.execute(sql`insert into audit_log (actor_name, entity, entity_id, action, chain_seq, prev_hash, hash)
      values ('Giả mạo', 'unit', 'x', 'create', 999999, 'gia', 'gia')`);
    const [row] = rowsOf<{ seq: number; hash: string }>(
      await t.db.execute(sql`select chain_seq::int as seq, hash from audit_log where actor_name = 'Giả mạo'`),
    );
    expect(row!.seq).not.toBe(999999);
    expect(row!.hash).not.toBe('gia');
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('breaks where an entry was changed or removed behind the triggers (by the owner)', async () => {
    await createUnit('CHAINX');
    const [victim] = rowsOf<{ id: string }>(
      await t.db.execute(sql`select id::text as id from audit_log order by chain_seq limit 1 offset 3`),
    );
    await t.db.execute(sql`alter table audit_log disable trigger user`);
    await t.db.execute(sql`update audit_log set after = '{"name":"đã sửa"}' where id = ${victim!.id}`);
    await t.db.execute(sql`alter table audit_log enable trigger user`);
    const changed = await verifyAuditChain(t.db);
    expect(changed.ok).toBe(false);
    expect(changed.problems.join('\n')).toContain(`mục ${victim!.id}`);
    expect(changed.problems.join('\n')).toContain('nội dung đã bị sửa');

    await t.db.execute(sql`alter table audit_log disable trigger user`);
    await t.db.execute(sql`delete from audit_log where chain_seq = 2`);
    await t.db.execute(sql`alter table audit_log enable trigger user`);
    expect((await verifyAuditChain(t.db)).problems.join('\n')).toContain('thiếu mục thứ 2');
  });
});

describe.skipIf(!adminUrl)('the application role (PostgreSQL)', () => {
  it('appends to the log but cannot change it, nor alter or drop its table and triggers', async () => {
    const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;
    const role = `doingoai_app_${suffix}`;
    const name = `doingoai_role_${suffix}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create role ${role} login password 'app'`);
    await admin.query(`create database ${name} template ${PG_TEMPLATE_DB}`);
    const ownerUrl = withDatabase(adminUrl!, name);
    const appUrl = new URL(ownerUrl);
    appUrl.username = role;
    appUrl.password = 'app';
    const database = await openDatabase({ url: appUrl.toString(), poolSize: 4 });
    try {
      await migrateDatabase(database, { ownerUrl });
      const app = await buildApp(
        { db: database.db, dbKind: 'postgres', clock: t.clock, secureCookies: false },
        { serveWeb: false },
      );
      // the app works as usual under its role
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: 'demo123' },
      });
      expect(login.statusCode).toBe(200);
      const cookie = `doingoai_sid=${login.cookies.find((c) => c.name === 'doingoai_sid')!.value}`;
      const unit = await app.inject({
        method: 'POST',
        url: '/api/units',
        headers: { cookie },
        payload: { code: 'ROLE1', name: 'Ban thử quyền', kind: 'ban_nganh' },
      });
      expect(unit.statusCode).toBe(201);
      await app.close();

      const client = new pg.Client({ connectionString: appUrl.toString() });
      await client.connect();
      try {
        for (const statement of [
          `update audit_log set action = 'sửa'`,
          `delete from audit_log`,
          `truncate audit_log`,
          `alter table audit_log disable trigger user`,
          `alter table audit_log disable trigger audit_log_no_update`,
          `drop trigger audit_log_no_update on audit_log`,
          `drop table audit_log`,
          `create or replace function audit_log_append_only() returns trigger as $$ begin return new; end $$ language plpgsql`,
          `update audit_chain_head set seq = 0`,
          `alter table audit_log add column x int`,
        ]) {
          await expect(client.query(statement), statement).rejects.toThrow(/permission denied|must be owner/);
        }
        await client.query(
          `insert into audit_log (actor_name, entity, entity_id, action) values ('Ứng dụng', 'unit', 'y', 'create')`,
        );
      } finally {
        await client.end();
      }
      const report = await verifyAuditChain(database.db);
      expect(report.problems).toEqual([]);
    } finally {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`drop role if exists ${role}`);
      await admin.end();
    }
  });
});
