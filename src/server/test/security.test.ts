// Browser hardening (issue 13): security headers on the app, the API and its docs; writes from
// another site's page refused; uploads checked by their bytes and served inline only when safe.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';

// the web app is served from a shell of our own (WEB_DIST is read when app.ts loads)
const web = mkdtempSync(join(tmpdir(), 'doingoai-web-'));
writeFileSync(
  join(web, 'index.html'),
  '<!doctype html><html lang="vi"><body><div id="root"></div></body></html>',
);
process.env.WEB_DIST = web;
const { buildApp } = await import('../app.js');
const { createTestApp } = await import('./harness.js');
const { postForm, samplePdf } = await import('../modules/files/factories.js');

const t = await createTestApp();
const withWeb = await buildApp({ db: t.db, dbKind: t.dbKind, clock: t.clock, secureCookies: false });
await withWeb.ready();
afterAll(async () => {
  await withWeb.close();
  rmSync(web, { recursive: true, force: true });
});

const common = (h: Record<string, unknown>) => {
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('same-origin');
  expect(h['x-frame-options']).toBe('DENY');
  expect(String(h['content-security-policy'])).toContain("frame-ancestors 'none'");
};

describe('security headers', () => {
  it('on the web app: its own scripts only, never framed', async () => {
    for (const url of ['/', '/nhiem-vu/abc']) {
      const res = await withWeb.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      common(res.headers);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("object-src 'none'");
    }
  });

  it('on the API, its errors and the OpenAPI document: nothing loads', async () => {
    for (const url of ['/api/health', '/api/khong-co', '/api/me']) {
      const res = await withWeb.inject({ method: 'GET', url });
      common(res.headers);
      expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  it('on the API docs page: Swagger UI with its script hashes, never framed, no https upgrade', async () => {
    const entry = await withWeb.inject({ method: 'GET', url: '/api/docs' });
    common(entry.headers);
    const res = await withWeb.inject({ method: 'GET', url: `/api/docs/${entry.headers.location ?? ''}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    common(res.headers);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(csp.match(/frame-ancestors/g)).toHaveLength(1);
    common((await withWeb.inject({ method: 'GET', url: '/api/docs/json' })).headers);
  });
});

describe('Origin check on writes', () => {
  const logout = (headers: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { host: 'sngv.gialai.gov.vn', ...headers },
    });

  it("refuses a write from another site's page, before anything runs", async () => {
    for (const headers of <Record<string, string>[]>[
      { origin: 'https://ke-gian.example' },
      { origin: 'null' },
      { origin: 'https://sngv.gialai.gov.vn.ke-gian.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ]) {
      const res = await logout(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error.code).toBe('ORIGIN_NOT_ALLOWED');
    }
    // sign-in too (login CSRF)
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sngv', password: 'demo123' },
      headers: { origin: 'https://ke-gian.example' },
    });
    expect(login.statusCode).toBe(403);
    expect(login.cookies).toEqual([]);
    // a write by a signed-in person from elsewhere changes nothing
    const units = async () =>
      (await t.db.execute(sql`select count(*)::int as n from units`)) as unknown as { rows: { n: number }[] };
    const before = (await units()).rows[0]!.n;
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      payload: { code: 'KEGIAN', name: 'Đơn vị giả', kind: 'ban_nganh' },
      headers: { cookie: await t.login('admin'), origin: 'https://ke-gian.example' },
    });
    expect(forged.statusCode).toBe(403);
    expect((await units()).rows[0]!.n).toBe(before);
  });

  it('accepts the same host, tools that send no Origin, and reads from anywhere', async () => {
    expect((await logout({ origin: 'https://sngv.gialai.gov.vn' })).statusCode).toBe(200);
    expect(
      (await logout({ origin: 'http://sngv.gialai.gov.vn', 'sec-fetch-site': 'same-origin' })).statusCode,
    ).toBe(200);
    expect((await logout({})).statusCode).toBe(200);
    const read = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { origin: 'https://ke-gian.example' },
    });
    expect(read.statusCode).toBe(200);
  });
});

describe('uploaded files', () => {
  const html = '<!doctype html><html><script>alert(document.cookie)</script></html>';
  it('are checked by their bytes: an HTML page named .pdf, even starting with %PDF-, is refused', async () => {
    for (const content of [
      Buffer.from(`%PDF-1.4\n${html}`),
      Buffer.from(`%PDF-1.4\n${html}\n%%EOF\n`),
      Buffer.from(`${html}\n%PDF-1.4\n%%EOF\n`),
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from(html)]),
    ]) {
      const res = await postForm(t, 'sngv', '/api/files', [
        { name: 'file', filename: 'bao-cao.pdf', content },
      ]);
      expect(res.statusCode).toBe(415);
      expect(res.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    }
  });

  it('are shown inline only when their stored bytes are a PDF or an image, else downloaded', async () => {
    const pdf = await postForm(t, 'sngv', '/api/files', [
      { name: 'file', filename: 'ke-hoach.pdf', content: samplePdf() },
    ]);
    const id = pdf.json().id as string;
    const get = async (fileId: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/files/${fileId}/download?inline=1`,
        headers: { cookie: await t.login('sngv') },
      });
    const shown = await get(id);
    expect(shown.headers['content-disposition']).toMatch(/^inline/);
    common(shown.headers);
    // a row stored as a PDF before the check (or by other means) whose bytes are a page
    await t.db.execute(
      sql`update files set content = ${Buffer.from(`%PDF-1.4\n${html}\n%%EOF`)} where id = ${id}`,
    );
    const forced = await get(id);
    expect(forced.headers['content-disposition']).toMatch(/^attachment/);
    expect(forced.headers['content-type']).toBe('application/pdf');
  });
});
