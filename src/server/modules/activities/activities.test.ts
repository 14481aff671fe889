import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { buildActivity, buildCommitment } from '../commitments/factories.js';
import { buildDocument } from '../documents/factories.js';

const t = await createTestApp({ today: '2026-03-01' });

describe('high-level activities', () => {
  it('records an activity with its countries and the documents that record it', async () => {
    const doc = await buildDocument(t, {
      number: '45/TB-VPCP',
      issuer: 'Văn phòng Chính phủ',
      summary: 'Kết luận của Thủ tướng',
    });
    const a = await buildActivity(t, {
      kind: 'visit_abroad',
      countries: ['Hàn Quốc', 'Nhật Bản'],
      documentIds: [doc.id],
      leaders: 'Chủ tịch UBND tỉnh',
    });
    expect(a).toMatchObject({
      kind: 'visit_abroad',
      countries: ['Hàn Quốc', 'Nhật Bản'],
      commitmentCount: 0,
    });
    expect(a.documents.map((d: { number: string }) => d.number)).toEqual(['45/TB-VPCP']);
    const found = (
      await t.api('sngv', 'GET', `/api/activities?country=${encodeURIComponent('Nhật Bản')}&year=2026`)
    ).json();
    expect(found.items.map((x: { id: string }) => x.id)).toContain(a.id);
    const patched = await t.api('sngv', 'PATCH', `/api/activities/${a.id}`, { documentIds: [] });
    expect(patched.json().documents).toEqual([]);
    const log = (await t.api('sngv', 'GET', `/api/audit?entity=activity&entityId=${a.id}`)).json();
    expect(log.items[0].before.documentIds).toEqual([doc.id]);
  });

  it('refuses bad dates, unknown documents, and writes by anyone but Sở Ngoại vụ', async () => {
    const base = { kind: 'conference', title: 'Diễn đàn thử', startOn: '2026-03-10' };
    expect(
      (await t.api('sngv', 'POST', '/api/activities', { ...base, endOn: '2026-03-09' })).json().error.code,
    ).toBe('ACTIVITY_DATES_INVALID');
    expect(
      (
        await t.api('sngv', 'POST', '/api/activities', {
          ...base,
          documentIds: ['00000000-0000-4000-8000-000000000000'],
        })
      ).json().error.code,
    ).toBe('ACTIVITY_DOCUMENT_NOT_FOUND');
    expect((await t.api('svhttdl', 'POST', '/api/activities', base)).statusCode).toBe(403);
    expect((await t.api('lanhdao', 'POST', '/api/activities', base)).statusCode).toBe(403);
  });

  it('a unit sees the activities its commitments came from; one with commitments is not deleted', async () => {
    const qnt = await t.unitByCode('21589');
    const a = await buildActivity(t);
    const b = await buildActivity(t);
    await buildCommitment(t, { activityId: a.id, leadUnitId: qnt.id });
    const ids = (await t.api('quynhontay', 'GET', '/api/activities?pageSize=100'))
      .json()
      .items.map((x: { id: string }) => x.id);
    expect(ids).toEqual([a.id]);
    expect((await t.api('quynhontay', 'GET', `/api/activities/${b.id}`)).statusCode).toBe(404);
    expect((await t.api('sngv', 'DELETE', `/api/activities/${a.id}`)).json().error.code).toBe(
      'ACTIVITY_HAS_COMMITMENTS',
    );
    expect((await t.api('sngv', 'DELETE', `/api/activities/${b.id}`)).statusCode).toBe(200);
  });
});
