// Named prepared statements: the same rows as an ordinary query, on both drivers; on PostgreSQL
// each statement is prepared once per connection and every variant of a query has its own name.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/harness.js';
import { rowsOf } from './client.js';
import { executeNamed, statementName } from './prepared.js';

const t = await createTestApp();

describe('executeNamed', () => {
  it('answers what an ordinary query answers, with parameters, in and out of a transaction', async () => {
    const q = (code: string) => sql`select code, name from units where code = ${code}`;
    const plain = rowsOf(await t.db.execute(q('21589')));
    expect(plain).toHaveLength(1);
    expect(await executeNamed(t.db, 'test_units', q('21589'))).toEqual(plain);
    const inTx = await t.db.transaction((tx) => executeNamed(tx, 'test_units', q('21589')));
    expect(inTx).toEqual(plain);
  });

  it('gives every variant of a text its own name, and the same text the same name', () => {
    const a = statementName('list', 'select 1 where x = $1');
    expect(statementName('list', 'select 1 where x = $1')).toBe(a);
    expect(statementName('list', 'select 1 where y = $1')).not.toBe(a);
    expect(a!.length).toBeLessThanOrEqual(63);
  });

  it.runIf(t.dbKind === 'postgres')(
    'prepares the statement on the connection once: it is listed in pg_prepared_statements',
    async () => {
      await t.db.transaction(async (tx) => {
        const q = sql`select count(*)::int as n from units where kind = ${'department'}`;
        const first = await executeNamed<{ n: number }>(tx, 'test_count', q);
        const again = await executeNamed<{ n: number }>(tx, 'test_count', q);
        expect(again).toEqual(first);
        const listed = rowsOf<{ name: string; calls: number }>(
          await tx.execute(sql`select name from pg_prepared_statements where name like 'test_count_%'`),
        );
        expect(listed).toHaveLength(1);
      });
    },
  );

  it('serves the hot paths as named statements: the session check and the assignments list', async () => {
    const cookie = await t.login('sngv');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    const list = await t.api('sngv', 'GET', '/api/assignments?bucket=overdue&pageSize=5');
    expect(list.statusCode).toBe(200);
    if (t.dbKind !== 'postgres') return;
    // every connection of the pool that served them holds their names; look at all of them
    const names = new Set<string>();
    for (let i = 0; i < 8; i++) {
      await t.db.transaction(async (tx) => {
        for (const r of rowsOf<{ name: string }>(
          await tx.execute(sql`select name from pg_prepared_statements`),
        ))
          names.add(r.name.replace(/_[A-Za-z0-9_-]{16}$/, ''));
      });
    }
    expect(names).toContain('session_actor');
    expect(names).toContain('assignments_page');
  });
});
