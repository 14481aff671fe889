// Inputs that used to answer 500: a search with no letter or digit, a NUL in text, malformed
// multipart, a unitId that is no unit, a malformed URL, a recurrence far in the future. Each
// now answers a 4xx in the product's envelope, and nothing is written.
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/audit.js';
import { buildDocument } from '../modules/documents/factories.js';
import { multipart, postForm, samplePdf } from '../modules/files/factories.js';
import { buildTask } from '../modules/tasks/factories.js';
import { createTestApp } from './harness.js';

const t = await createTestApp({ today: '2026-03-01' });
const audits = async () => (await t.db.select({ n: count() }).from(auditLog))[0]!.n;

function expectEnvelope(res: { statusCode: number; json(): unknown }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(res.json()).toMatchObject({ error: { code, message: expect.any(String) } });
}

describe('requests that used to answer 500', () => {
  it('a search q with no letter or digit is no filter, on lists, exports and the task board', async () => {
    const task = await buildTask(t);
    for (const q of ['-', '...', "'", '%', ')', '  ']) {
      const enc = encodeURIComponent(q);
      for (const url of [
        `/api/assignments?q=${enc}`,
        `/api/assignments/export.xlsx?q=${enc}`,
        `/api/tasks/${task.id}/board?q=${enc}`,
        `/api/tasks?q=${enc}`,
        `/api/documents?q=${enc}`,
      ]) {
        const res = await t.api('sngv', 'GET', url);
        expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
      }
    }
  });

  it('a NUL in any text is refused before it reaches the database, sign-in included', async () => {
    const before = await audits();
    const login = await t.api(null, 'POST', '/api/auth/login', { username: 'sngv\u0000', password: 'x' });
    expectEnvelope(login, 400, 'TEXT_HAS_NUL');
    const doc = await t.api('sngv', 'POST', '/api/documents', {
      number: '1/KH\u0000',
      issuer: 'Ủy ban nhân dân tỉnh',
      issuedOn: '2026-02-01',
      summary: 'Văn bản',
    });
    expectEnvelope(doc, 400, 'TEXT_HAS_NUL');
    expect(doc.json().error.details[0].field).toBe('body.number');
    expectEnvelope(await t.api('sngv', 'GET', '/api/documents?q=a%00b'), 400, 'TEXT_HAS_NUL');
    expectEnvelope(await t.api('sngv', 'GET', '/api/documents/%00'), 400, 'TEXT_HAS_NUL');
    const upload = await postForm(t, 'sngv', '/api/files', [
      { name: 'unitId', value: 'x\u0000' },
      { name: 'file', filename: 'a.pdf', content: samplePdf() },
    ]);
    expectEnvelope(upload, 400, 'TEXT_HAS_NUL');
    expect(await audits()).toBe(before);
  });

  it('malformed multipart answers 400 MULTIPART_INVALID on upload routes', async () => {
    const { payload, headers } = multipart([{ name: 'file', filename: 'a.pdf', content: samplePdf() }]);
    for (const url of ['/api/files', '/api/assignments/progress-import']) {
      const cut = await t.app.inject({
        method: 'POST',
        url,
        headers: { ...headers, cookie: await t.login('sngv') },
        payload: payload.subarray(0, payload.length - 20),
      });
      expect(cut.statusCode, `${url}: ${cut.body}`).toBeGreaterThanOrEqual(400);
      expect(cut.statusCode).toBeLessThan(500);
      const garbage = await t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'multipart/form-data; boundary=zzz', cookie: await t.login('sngv') },
        payload: Buffer.from('--zzz\r\nContent-Disposition: form-data\r\n\r\n\u00ff\u00fe'),
      });
      expect(garbage.statusCode, `${url}: ${garbage.body}`).toBeGreaterThanOrEqual(400);
      expect(garbage.statusCode).toBeLessThan(500);
      expect(garbage.json().error.code).toEqual(expect.any(String));
    }
  });

  it('a unitId that is no unit answers 4xx on document and file creation, nothing written', async () => {
    const before = await audits();
    const ghost = '00000000-0000-4000-8000-000000000000';
    const doc = await t.api('sngv', 'POST', '/api/documents', {
      number: '77/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh',
      issuedOn: '2026-02-01',
      summary: 'Văn bản của đơn vị không có',
      unitId: ghost,
    });
    expect(doc.statusCode, doc.body).toBeGreaterThanOrEqual(400);
    expect(doc.statusCode).toBeLessThan(500);
    const file = await postForm(t, 'sngv', '/api/files', [
      { name: 'unitId', value: ghost },
      { name: 'file', filename: 'a.pdf', content: samplePdf() },
    ]);
    expect(file.statusCode, file.body).toBeGreaterThanOrEqual(400);
    expect(file.statusCode).toBeLessThan(500);
    expect(await audits()).toBe(before);
  });

  it('a malformed URL answers the product envelope', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/documents/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'BAD_REQUEST', message: expect.any(String) } });
    const unknown = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expectEnvelope(unknown, 404, 'ROUTE_NOT_FOUND');
  });

  it('a recurring task cannot be given a century ahead', async () => {
    const task = await buildTask(t, { dueOn: null, recurrence: 'monthly:5' });
    const unit = await t.unitByCode('21589');
    const before = await audits();
    const far = await t.api('sngv', 'POST', `/api/tasks/${task.id}/assignments`, {
      unitIds: [unit.id],
      role: 'lead',
      until: '2126-12-31',
    });
    expectEnvelope(far, 400, 'ASSIGN_UNTIL_TOO_FAR');
    expect(await audits()).toBe(before);
    const near = await t.api('sngv', 'POST', `/api/tasks/${task.id}/assignments`, {
      unitIds: [unit.id],
      role: 'lead',
      until: '2027-12-31',
    });
    expect(near.statusCode, near.body).toBe(201);
    await buildDocument(t);
  });
});
