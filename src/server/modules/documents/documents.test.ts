import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { postForm, samplePdf } from '../files/factories.js';
import { buildChain, buildDocument } from './factories.js';
import { settleIssuerSpellings } from './repo.js';

const t = await createTestApp();

describe('documents', () => {
  it('registers a document, reading its type from the number', async () => {
    const res = await t.api('sngv', 'POST', '/api/documents', {
      number: '1600/QĐ-UBND',
      issuer: 'Ủy ban nhân dân tỉnh',
      issuedOn: '2025-08-21',
      summary: 'Ban hành Kế hoạch thực hiện Nghị quyết số 153/NQ-CP',
      signer: 'Phạm Anh Tuấn',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      number: '1600/QĐ-UBND',
      type: 'Quyết định',
      year: 2025,
      issuedOn: '2025-08-21',
    });
  });

  it('refuses the same number of the same issuer in the same year, however it is spelled', async () => {
    const first = await buildDocument(t, { number: '77/QĐ-UBND', issuedOn: '2025-03-01' });
    const dup = await t.api('sngv', 'POST', '/api/documents', {
      number: '77/QD-UBND',
      issuer: 'UBND tỉnh Gia Lai',
      issuedOn: '2025-09-09',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('DOCUMENT_NUMBER_TAKEN');
    expect(dup.json().error.message).toContain('77/QĐ-UBND');
    expect(dup.json().error.details.existingId).toBe(first.id);
    // another year or another issuer is another document
    expect(
      (
        await t.api('sngv', 'POST', '/api/documents', {
          number: '77/QĐ-UBND',
          issuer: 'Ủy ban nhân dân tỉnh',
          issuedOn: '2026-01-05',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await t.api('sngv', 'POST', '/api/documents', {
          number: '77/QĐ-UBND',
          issuer: 'Sở Ngoại vụ',
          issuedOn: '2025-03-01',
        })
      ).statusCode,
    ).toBe(201);
  });

  it("does not reveal another unit's document through the number-taken refusal", async () => {
    const own = { number: '15/KH-UBND', issuer: 'Ủy ban nhân dân phường', issuedOn: '2026-01-10' };
    const qnt = await t.unitByCode('21589');
    const first = await t.api('quynhontay', 'POST', '/api/documents', { ...own, unitId: qnt.id });
    expect(first.statusCode, first.body).toBe(201);
    const other = await t.unitByCode('SVHTTDL');
    const dup = await t.api('svhttdl', 'POST', '/api/documents', { ...own, unitId: other.id });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('DOCUMENT_NUMBER_TAKEN');
    expect(dup.json().error.details).toBeUndefined();
    // Sở Ngoại vụ reads every unit's documents: it is pointed at the existing one
    const focal = await t.api('sngv', 'POST', '/api/documents', { ...own, unitId: qnt.id });
    expect(focal.json().error.details.existingId).toBe(first.json().id);
  });

  it('writes one issuer one way: a well-known body as the product spells it, another as first registered', async () => {
    const ubnd = await t.api('sngv', 'POST', '/api/documents', {
      number: '501/QĐ-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Gia Lai',
      issuedOn: '2026-04-01',
    });
    expect(ubnd.json().issuer).toBe('Ủy ban nhân dân tỉnh');
    const short = await t.api('sngv', 'POST', '/api/documents', {
      number: '502/QĐ-UBND',
      issuer: 'UBND tỉnh',
      issuedOn: '2026-04-02',
    });
    expect(short.json().issuer).toBe('Ủy ban nhân dân tỉnh');
    const first = await buildDocument(t, { number: '12/HD-STC', issuer: 'Sở Tài chính tỉnh Gia Lai' });
    const again = await buildDocument(t, { number: '13/HD-STC', issuer: 'sở tài chính tỉnh' });
    const read = async (id: string) => (await t.api('sngv', 'GET', `/api/documents/${id}`)).json().issuer;
    expect(await read(first.id)).toBe('Sở Tài chính tỉnh Gia Lai');
    expect(await read(again.id)).toBe('Sở Tài chính tỉnh Gia Lai');
    // an edit to the other spelling keeps the one spelling, and the search finds it by either
    await t.api('sngv', 'PATCH', `/api/documents/${again.id}`, { issuer: 'Sở Tài chính tỉnh' });
    expect(await read(again.id)).toBe('Sở Tài chính tỉnh Gia Lai');
  });

  it('brings documents saved before in another spelling to the one spelling, with their search text', async () => {
    const doc = await buildDocument(t, { number: '503/QĐ-UBND', summary: 'Về tên cơ quan ban hành' });
    await t.db.execute(
      sql`update documents set issuer = 'UBND tỉnh Gia Lai', search = 'x' where id = ${doc.id}`,
    );
    expect(await settleIssuerSpellings(t.db)).toBeGreaterThanOrEqual(1);
    expect(await settleIssuerSpellings(t.db)).toBe(0); // once they agree, nothing to do
    const read = (await t.api('sngv', 'GET', `/api/documents/${doc.id}`)).json();
    expect(read.issuer).toBe('Ủy ban nhân dân tỉnh');
    const found = (await t.api('sngv', 'GET', '/api/documents?q=ten co quan ban hanh')).json();
    expect(found.items.map((d: { id: string }) => d.id)).toContain(doc.id);
  });

  it('refuses an edit that would take the number of another document', async () => {
    await buildDocument(t, { number: '88/KH-UBND', issuedOn: '2025-04-01' });
    const other = await buildDocument(t, { number: '89/KH-UBND', issuedOn: '2025-04-01' });
    const res = await t.api('sngv', 'PATCH', `/api/documents/${other.id}`, { number: '88/KH-UBND' });
    expect(res.json().error.code).toBe('DOCUMENT_NUMBER_TAKEN');
  });

  it('finds documents without diacritics, by number or summary, and pages on the server', async () => {
    await buildDocument(t, {
      number: '12/TB-SNgV',
      summary: 'Thông báo về đoàn công tác Hàn Quốc',
      issuer: 'Sở Ngoại vụ',
    });
    const q = async (s: string) =>
      (await t.api('sngv', 'GET', `/api/documents?q=${encodeURIComponent(s)}`)).json();
    expect((await q('han quoc')).items.map((d: { number: string }) => d.number)).toEqual(['12/TB-SNgV']);
    expect((await q('12/TB-SNgV')).total).toBe(1);
    const page = (await t.api('sngv', 'GET', '/api/documents?pageSize=2&page=1&sort=number')).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    expect(page.pageSize).toBe(2);
  });

  it('lets only the focal office register province documents; a unit registers only its own', async () => {
    const body = { number: '5/KH-UBND', issuer: 'UBND phường Quy Nhơn Tây', issuedOn: '2026-03-01' };
    expect((await t.api('quynhontay', 'POST', '/api/documents', body)).statusCode).toBe(403);
    expect((await t.api('lanhdao', 'POST', '/api/documents', body)).statusCode).toBe(403);
    const qnt = await t.unitByCode('21589');
    const own = await t.api('quynhontay', 'POST', '/api/documents', { ...body, unitId: qnt.id });
    expect(own.statusCode).toBe(201);
    // another unit does not see it, even by id
    expect((await t.api('svhttdl', 'GET', `/api/documents/${own.json().id}`)).statusCode).toBe(404);
    const found = (await t.api('svhttdl', 'GET', '/api/documents?q=5/KH-UBND')).json();
    expect(found.items.map((d: { id: string }) => d.id)).not.toContain(own.json().id);
    expect(found.items.every((d: { unitId: string | null }) => d.unitId === null)).toBe(true);
    expect((await t.api('sngv', 'GET', `/api/documents/${own.json().id}`)).json().unitName).toBe(
      'Phường Quy Nhơn Tây',
    );
    expect(
      (await t.api('svhttdl', 'PATCH', `/api/documents/${own.json().id}`, { summary: 'x' })).statusCode,
    ).toBe(404);
  });

  it('shows the lineage up to 59-NQ/TW and down to a unit plan, both ways', async () => {
    const c = await buildChain(t);
    const qnt = await t.unitByCode('21589');
    const plan = await buildDocument(
      t,
      {
        number: '45/KH-UBND',
        issuer: 'UBND phường Quy Nhơn Tây',
        issuedOn: '2026-03-10',
        unitId: qnt.id,
        implementsIds: [c.directive.id],
      },
      'quynhontay',
    );
    const down = (await t.api('sngv', 'GET', `/api/documents/${c.nq59.id}/lineage`)).json();
    const numbers = down.nodes.map((n: { number: string; depth: number }) => `${n.number}@${n.depth}`);
    expect(numbers).toEqual([
      '59-NQ/TW@0',
      '153/NQ-CP@1',
      '34-KH/TU@1',
      '1520/QĐ-UBND@2',
      '245/UBND-NV@3',
      '45/KH-UBND@4',
    ]);
    const up = (await t.api('sngv', 'GET', `/api/documents/${plan.id}/lineage`)).json();
    expect(up.nodes.map((n: { number: string }) => n.number)).toEqual([
      '59-NQ/TW',
      '153/NQ-CP',
      '1520/QĐ-UBND',
      '34-KH/TU',
      '245/UBND-NV',
      '45/KH-UBND',
    ]);
    expect(up.links).toContainEqual({ fromId: plan.id, toId: c.directive.id, kind: 'implements' });
    // another unit sees the chain without Quy Nhơn Tây's plan
    const other = (await t.api('svhttdl', 'GET', `/api/documents/${c.directive.id}/lineage`)).json();
    expect(other.nodes.map((n: { number: string }) => n.number)).not.toContain('45/KH-UBND');
    expect(other.links.some((l: { fromId: string }) => l.fromId === plan.id)).toBe(false);
  });

  it('refuses a link that would make a document implement itself', async () => {
    const a = await buildDocument(t);
    const b = await buildDocument(t, { implementsIds: [a.id] });
    const res = await t.api('sngv', 'POST', `/api/documents/${a.id}/links`, {
      toId: b.id,
      kind: 'implements',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DOCUMENT_LINK_CYCLE');
    expect(
      (await t.api('sngv', 'POST', `/api/documents/${a.id}/links`, { toId: a.id, kind: 'cites' })).statusCode,
    ).toBe(400);
    expect(
      (await t.api('sngv', 'POST', `/api/documents/${a.id}/links`, { toId: b.id, kind: 'cites' })).statusCode,
    ).toBe(200);
    const detail = (await t.api('sngv', 'GET', `/api/documents/${a.id}`)).json();
    expect(detail.cites.map((d: { id: string }) => d.id)).toEqual([b.id]);
    expect(detail.implementedBy.map((d: { id: string }) => d.id)).toEqual([b.id]);
    expect(
      (await t.api('sngv', 'DELETE', `/api/documents/${a.id}/links/${b.id}?kind=cites`)).statusCode,
    ).toBe(200);
    expect((await t.api('sngv', 'GET', `/api/documents/${a.id}`)).json().cites).toEqual([]);
  });

  it('attaches files that every unit can read for a province document', async () => {
    const doc = await buildDocument(t);
    const res = await postForm(t, 'sngv', `/api/documents/${doc.id}/files`, [
      { name: 'file', filename: 'Quyết định 1520.pdf', content: samplePdf() },
    ]);
    expect(res.statusCode).toBe(201);
    const fileId = res.json().id;
    expect(
      (await t.api('sngv', 'GET', `/api/documents/${doc.id}`))
        .json()
        .files.map((f: { name: string }) => f.name),
    ).toEqual(['Quyết định 1520.pdf']);
    expect((await t.api('quynhontay', 'GET', `/api/files/${fileId}`)).statusCode).toBe(200);
    const denied = await postForm(t, 'quynhontay', `/api/documents/${doc.id}/files`, [
      { name: 'file', filename: 'x.pdf', content: samplePdf() },
    ]);
    expect(denied.statusCode).toBe(403);
    expect((await t.api('sngv', 'DELETE', `/api/documents/${doc.id}/files/${fileId}`)).statusCode).toBe(200);
    expect((await t.api('quynhontay', 'GET', `/api/files/${fileId}`)).statusCode).toBe(404);
  });

  it('audits creation, edits and deletion', async () => {
    const doc = await buildDocument(t);
    await t.api('sngv', 'PATCH', `/api/documents/${doc.id}`, { summary: 'Trích yếu mới' });
    expect((await t.api('sngv', 'DELETE', `/api/documents/${doc.id}`)).statusCode).toBe(200);
    const log = (await t.api('sngv', 'GET', `/api/audit?entity=document&entityId=${doc.id}`)).json();
    expect(log.items.map((i: { action: string }) => i.action)).toEqual(['delete', 'update', 'create']);
    expect(log.items[1].after.summary).toBe('Trích yếu mới');
  });

  it('exports the list to Excel', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/documents/export.xlsx?q=han%20quoc',
      headers: { cookie: await t.login('sngv') },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
