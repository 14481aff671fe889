// Bad input generated from each route's own zod schema (issue 13): for every field of every
// body, a value of the wrong type, and null where the field is not nullable. Each must be
// refused with a 4xx in the product's envelope (never a 5xx), and nothing may change.
import { randomUUID } from 'node:crypto';
import type { RouteOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildApp } from '../app.js';
import { fingerprint } from '../db/backup.js';
import { createTestApp } from './harness.js';

const t = await createTestApp();
const routes: RouteOptions[] = [];
const probe = await buildApp(
  { db: t.db, dbKind: t.dbKind, clock: t.clock, secureCookies: false },
  { serveWeb: false, onRoute: (r) => routes.push(r), admission: false },
);
await probe.ready();

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { def: Def }).def;

/** The field's own type under optional/default/nullable/pipe wrappers, and whether null is valid. */
function unwrap(s: z.ZodType): { type: string; nullable: boolean } {
  let nullable = false;
  let cur: z.ZodType | undefined = s;
  for (let i = 0; cur && i < 8; i++) {
    const d = defOf(cur);
    if (d.type === 'nullable') nullable = true;
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(d.type))
      cur = d.innerType;
    else if (d.type === 'pipe') cur = d.in;
    else return { type: d.type, nullable };
  }
  return { type: 'unknown', nullable };
}

const WRONG: Record<string, unknown> = {
  string: 12345,
  enum: 12345,
  literal: 12345,
  number: 'không phải số',
  int: 'không phải số',
  boolean: 'có',
  array: 'không phải danh sách',
  object: 'không phải đối tượng',
  date: 12345,
};

const VOLATILE = new Set(['sessions', 'login_limits', 'trusted_devices']);

describe('bad input generated from the zod schemas', () => {
  it('every field of every body: wrong type and null are refused with a 4xx, nothing changes', async () => {
    const cookie = await t.login('sngv');
    const before = await fingerprint(t.db);
    const figures = { routes: 0, requests: 0, serverErrors: 0, accepted: 0 };
    const bad: string[] = [];
    for (const r of routes) {
      const body = (r.schema as { body?: z.ZodType } | undefined)?.body;
      const shape = body && (body as unknown as { shape?: Record<string, z.ZodType> }).shape;
      if (!shape || !r.url.startsWith('/api/')) continue;
      figures.routes++;
      const methods = Array.isArray(r.method) ? r.method : [r.method];
      const url = r.url.replace(/:[A-Za-z]+/g, () => randomUUID());
      for (const [field, schema] of Object.entries(shape)) {
        const { type, nullable } = unwrap(schema);
        const values: unknown[] = [];
        if (type in WRONG) values.push(WRONG[type]);
        if (!nullable) values.push(null);
        for (const value of values) {
          for (const method of methods) {
            const res = await t.app.inject({
              method: method as 'POST',
              url,
              headers: { cookie, 'content-type': 'application/json' },
              payload: JSON.stringify({ [field]: value }),
            });
            figures.requests++;
            if (res.statusCode >= 500) figures.serverErrors++;
            if (res.statusCode < 400) figures.accepted++;
            if (res.statusCode < 400 || res.statusCode >= 500 || !res.json().error?.code)
              bad.push(`${method} ${r.url} {${field}: ${JSON.stringify(value)}} → ${res.statusCode}`);
          }
        }
      }
    }
    const after = await fingerprint(t.db);
    for (const name of Object.keys(before))
      if (!VOLATILE.has(name) && JSON.stringify(before[name]) !== JSON.stringify(after[name]))
        bad.push(`table ${name} changed`);
    console.log(`zod-generated bad input (${t.dbKind}): ${JSON.stringify(figures)}`);
    expect(bad).toEqual([]);
    expect(figures.requests).toBeGreaterThan(100);
  }, 120_000);
});
