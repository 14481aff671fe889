// Conventions every route keeps, checked on every registered route so new modules are covered
// without writing anything: a session is required, bad input is a 4xx with a stable code and
// changes nothing, the OpenAPI document lists the route. Plus the sign-in rules (rate limits,
// sessions shared by app servers, sign-out, password change) and the append-only audit log.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { RouteOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../app.js';
import { rowsOf } from '../db/client.js';
import { createTestApp } from './harness.js';

const t = await createTestApp();

// A second app server on the same database, which also tells us every route it registers.
const routes: RouteOptions[] = [];
const other = await buildApp(
  { db: t.db, dbKind: t.dbKind, clock: t.clock, secureCookies: false },
  { serveWeb: false, onRoute: (r) => routes.push(r) },
);
await other.ready();

/** Routes anyone may call. Adding one here is a deliberate decision. */
const PUBLIC = [
  '/api/health',
  '/api/openapi.json',
  '/api/auth/login',
  '/api/auth/logout',
  '/api/auth/session',
];

const methodsOf = (r: RouteOptions) => (Array.isArray(r.method) ? r.method : [r.method]);
const api = routes
  .filter((r) => r.url.startsWith('/api/'))
  .flatMap((r) => methodsOf(r).map((method) => ({ method, url: r.url, route: r })))
  .filter((r) => r.method !== 'HEAD');
const isDocs = (url: string) => url.startsWith('/api/docs');
const hidden = (r: RouteOptions) => (r.schema as { hide?: boolean } | undefined)?.hide === true;
/** A concrete URL for a route: every path parameter is a random UUID. */
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, () => randomUUID());
const writes = api.filter((r) => ['POST', 'PATCH', 'PUT', 'DELETE'].includes(r.method));

async function tableCounts(): Promise<Record<string, number>> {
  const tables = rowsOf<{ name: string }>(
    await t.db.execute(sql`select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`),
  );
  const out: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = rowsOf<{ n: number }>(
      await t.db.execute(sql.raw(`select count(*)::int as n from "${name}"`)),
    );
    out[name] = row!.n;
  }
  return out;
}

const inject = (
  method: string,
  url: string,
  opts: { headers?: Record<string, string>; payload?: string } = {},
) => t.app.inject({ method: method as 'GET', url, ...opts });

describe('API conventions', () => {
  it('enumerates the API (sanity check of the route list)', () => {
    expect(api.length).toBeGreaterThan(20);
    expect(api.map((r) => `${r.method} ${r.url}`)).toContain('GET /api/units');
  });

  it('answers GET /api/health with the database kind', async () => {
    const res = await inject('GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: t.dbKind });
  });

  it('publishes an OpenAPI 3 document listing every route, and a browsable page', async () => {
    const res = await inject('GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const missing = api
      .filter((r) => !isDocs(r.url) && !hidden(r.route))
      .filter((r) => {
        const path = r.url.replace(/:([A-Za-z]+)/g, '{$1}');
        const op = doc.paths?.[path]?.[r.method.toLowerCase()];
        return !op?.responses || !Object.keys(op.responses).length;
      })
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    // every $ref points at something that exists
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) {
      let target: unknown = doc;
      for (const k of ref.split('/')) target = (target as Record<string, unknown> | undefined)?.[k];
      expect(target, ref).toBeDefined();
    }
    let page = await inject('GET', '/api/docs');
    if (page.statusCode >= 300 && page.statusCode < 400)
      page = await inject('GET', new URL(page.headers.location as string, 'http://x/api/docs').pathname);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('declares a response schema on every API route', () => {
    const without = api
      .filter((r) => !isDocs(r.url) && !hidden(r.route))
      .filter((r) => !(r.route.schema as { response?: unknown } | undefined)?.response)
      .map((r) => `${r.method} ${r.url}`);
    expect(without).toEqual([]);
  });

  it('refuses unknown fields in every body, query and params schema (strict objects)', () => {
    const loose: string[] = [];
    let checked = 0;
    for (const r of api) {
      const schema = r.route.schema as Record<string, unknown> | undefined;
      for (const part of ['body', 'querystring', 'params'] as const) {
        const s = schema?.[part];
        if (!(s instanceof z.ZodObject)) continue;
        checked++;
        // z.strictObject: unknown keys are caught by `never`
        if (s._zod.def.catchall?._zod.def.type !== 'never') loose.push(`${r.method} ${r.url} ${part}`);
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(loose).toEqual([]);
  });

  it('answers 401 on every non-public route without a session', async () => {
    const open: string[] = [];
    for (const r of api) {
      if (PUBLIC.includes(r.url) || isDocs(r.url)) continue;
      const res = await inject(r.method, concrete(r.url));
      if (res.statusCode !== 401 || res.json().error?.code !== 'UNAUTHENTICATED')
        open.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(open).toEqual([]);
    // a session that is not in the database is no session
    const forged = await inject('GET', '/api/me', { headers: { cookie: 'doingoai_sid=forged' } });
    expect(forged.statusCode).toBe(401);
  });
});

describe('bad input: a 4xx with a stable code, never a 500, nothing changed', () => {
  const json = { 'content-type': 'application/json' };

  it('on every write route: malformed JSON, wrong types, unknown fields, bodies over 1 MB', async () => {
    const cookie = await t.login('sngv');
    const before = await tableCounts();
    const bad: string[] = [];
    const expectCode = async (
      what: string,
      r: { method: string; url: string },
      payload: string,
      codes: string[],
    ) => {
      const res = await inject(r.method, concrete(r.url), { headers: { ...json, cookie }, payload });
      const code = res.json().error?.code;
      if (res.statusCode < 400 || res.statusCode >= 500 || !codes.includes(code))
        bad.push(`${what}: ${r.method} ${r.url} → ${res.statusCode} ${code ?? res.body.slice(0, 80)}`);
    };
    for (const r of writes) {
      const hasBody = Boolean((r.route.schema as { body?: unknown } | undefined)?.body);
      await expectCode('malformed JSON', r, '{"title": "Nhiệm vụ', ['INVALID_JSON']);
      if (!(r.route.bodyLimit && r.route.bodyLimit > 1024 * 1024))
        await expectCode('over 1 MB', r, JSON.stringify({ note: 'x'.repeat(1024 * 1024) }), [
          'PAYLOAD_TOO_LARGE',
        ]);
      if (!hasBody) continue;
      await expectCode('wrong types', r, JSON.stringify([1, 2]), ['VALIDATION_ERROR']);
      await expectCode('unknown field', r, JSON.stringify({ __unknown_field__: 1 }), ['VALIDATION_ERROR']);
    }
    expect(bad).toEqual([]);
    expect(await tableCounts()).toEqual(before);
  });

  it('on every route: wrong query types, unknown query fields, malformed ids', async () => {
    const cookie = await t.login('sngv');
    const before = await tableCounts();
    const bad: string[] = [];
    for (const r of api) {
      if (isDocs(r.url)) continue;
      const schema = r.route.schema as { querystring?: unknown; params?: unknown } | undefined;
      const urls: string[] = [];
      if (schema?.querystring) urls.push(`${concrete(r.url)}?page=abc&pageSize=-1&__unknown_field__=1`);
      if (r.url.includes(':')) urls.push(r.url.replace(/:[A-Za-z]+/g, 'not-an-id'));
      for (const url of urls) {
        const res = await inject(r.method, url, { headers: { ...json, cookie }, payload: '{}' });
        if (res.statusCode < 400 || res.statusCode >= 500 || !res.json().error?.code)
          bad.push(`${r.method} ${url} → ${res.statusCode}`);
      }
    }
    expect(bad).toEqual([]);
    expect(await tableCounts()).toEqual(before);
  });

  it('never answers 500 to a reader asking for records that do not exist', async () => {
    const failures: string[] = [];
    for (const r of api.filter((x) => x.method === 'GET' && !isDocs(x.url))) {
      for (const who of ['sngv', 'svhttdl']) {
        const res = await t.api(who, 'GET', concrete(r.url));
        if (res.statusCode >= 500) failures.push(`${who} ${r.method} ${r.url} → ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a body that is not JSON on a JSON route', async () => {
    const cookie = await t.login('admin');
    const res = await inject('POST', '/api/units', {
      headers: { cookie, 'content-type': 'text/xml' },
      payload: '<unit/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
