// The small leaks across units found by the probe (issue 13): what one unit's people must not
// learn of another unit's records through a side door.
import { describe, expect, it } from 'vitest';
import { buildActivity, buildCommitment } from '../modules/commitments/factories.js';
import { buildDocument } from '../modules/documents/factories.js';
import { createTestApp } from './harness.js';

const t = await createTestApp({ today: '2026-03-01' });

describe('scope across units', () => {
  it('an activity shows a unit only the linked documents it may read', async () => {
    const qnt = await t.unitByCode('21589');
    const svh = await t.unitByCode('SVHTTDL');
    const province = await buildDocument(t, { number: '12/TB-UBND', summary: 'Thông báo kết luận' });
    const otherUnits = await buildDocument(t, {
      number: '7/KH-SVHTTDL',
      summary: 'Kế hoạch riêng của Sở Văn hóa',
      unitId: svh.id,
    });
    const own = await buildDocument(t, {
      number: '3/KH-UBND',
      summary: 'Kế hoạch của phường',
      unitId: qnt.id,
    });
    const a = await buildActivity(t, { documentIds: [province.id, otherUnits.id, own.id] });
    await buildCommitment(t, { activityId: a.id, leadUnitId: qnt.id });

    const numbers = (x: { documents: { id: string }[] }) => x.documents.map((d) => d.id).sort();
    const seen = (await t.api('quynhontay', 'GET', `/api/activities/${a.id}`)).json();
    expect(numbers(seen)).toEqual([province.id, own.id].sort());
    const listed = (await t.api('quynhontay', 'GET', '/api/activities?pageSize=100'))
      .json()
      .items.find((x: { id: string }) => x.id === a.id);
    expect(numbers(listed)).toEqual([province.id, own.id].sort());
    // Sở Ngoại vụ and leaders read every unit's documents
    expect(numbers((await t.api('sngv', 'GET', `/api/activities/${a.id}`)).json())).toHaveLength(3);
    expect(numbers((await t.api('lanhdao', 'GET', `/api/activities/${a.id}`)).json())).toHaveLength(3);
  });

  it("the number-taken refusal does not name another unit's document", async () => {
    const qnt = await t.unitByCode('21589');
    const svh = await t.unitByCode('SVHTTDL');
    const body = { number: '88/KH-UBND', issuer: 'UBND phường', issuedOn: '2026-02-02', summary: 'Kế hoạch' };
    const first = await t.api('quynhontay', 'POST', '/api/documents', { ...body, unitId: qnt.id });
    expect(first.statusCode).toBe(201);
    const dup = await t.api('svhttdl', 'POST', '/api/documents', { ...body, unitId: svh.id });
    expect(dup.statusCode).toBe(409);
    expect(dup.body).not.toContain(first.json().id);
  });

  it("a unit's people do not read the history of accounts; the person reads their own", async () => {
    const qnt = await t.unitByCode('21589');
    const created = await t.api('admin', 'POST', '/api/users', {
      username: 'dongnghiep.qnt',
      fullName: 'Đồng Nghiệp',
      email: 'dongnghiep@quynhontay.gialai.gov.vn',
      role: 'officer',
      unitId: qnt.id,
      password: 'mat-khau-dau-tien',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(
      (await t.api('admin', 'POST', `/api/users/${id}/password`, { password: 'mat-khau-thu-hai' }))
        .statusCode,
    ).toBe(200);
    for (const reader of ['quynhontay', 'quynhontay.tt', 'sngv', 'lanhdao']) {
      const log = await t.api(reader, 'GET', `/api/audit?entity=user&pageSize=100`);
      expect(log.statusCode).toBe(200);
      expect(log.json().items.filter((e: { entityId: string }) => e.entityId === id)).toEqual([]);
      const all = await t.api(reader, 'GET', `/api/audit?pageSize=100&unitId=${qnt.id}`);
      expect(all.body).not.toContain('dongnghiep@');
    }
    // the administrator reads it; so does the person, about themselves
    const adminLog = (await t.api('admin', 'GET', `/api/audit?entity=user&entityId=${id}`)).json();
    expect(adminLog.items.map((e: { action: string }) => e.action)).toEqual(['reset_password', 'create']);
    await t.login('dongnghiep.qnt', 'mat-khau-thu-hai');
    const mine = (await t.api('dongnghiep.qnt', 'GET', `/api/audit?entity=user&entityId=${id}`)).json();
    expect(mine.items.map((e: { action: string }) => e.action)).toEqual(['reset_password', 'create']);
  });
});
