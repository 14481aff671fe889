import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { assign } from '../assignments/factories.js';
import { buildDocument } from '../documents/factories.js';
import { buildFile, samplePdf } from '../files/factories.js';
import { buildTask } from '../tasks/factories.js';

const t = await createTestApp({ today: '2026-06-15' });

let roundId: string;
let qntSub: string;
let svhSub: string;

beforeAll(async () => {
  const qnt = await t.unitByCode('21589');
  const svh = await t.unitByCode('SVHTTDL');
  const doc = await buildDocument(t, { number: '245/UBND-NV', issuedOn: '2026-02-10' });
  const task = await buildTask(t, { documentId: doc.id, title: 'Ban hành kế hoạch', dueOn: '2026-03-15' });
  await assign(t, task.id, { unitIds: [qnt.id, svh.id] });
  const res = await t.api('sngv', 'POST', '/api/report-rounds', {
    title: 'Báo cáo 6 tháng đầu năm 2026',
    kind: 'half_1',
    year: 2026,
    dueOn: '2026-06-18',
    documentIds: [doc.id],
    unitIds: [qnt.id, svh.id],
  });
  roundId = res.json().id;
  const subs = (await t.api('sngv', 'GET', `/api/report-rounds/${roundId}/submissions`)).json().items;
  qntSub = subs.find((s: { unit: { id: string } }) => s.unit.id === qnt.id).id;
  svhSub = subs.find((s: { unit: { id: string } }) => s.unit.id === svh.id).id;
});

describe('a unit’s report', () => {
  it('is read pre-filled by its own unit only', async () => {
    const res = await t.api('quynhontay', 'GET', `/api/report-submissions/${qntSub}`);
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({
      workflow: 'open',
      status: 'not_due',
      version: 1,
      canEdit: true,
      steps: ['submit'],
    });
    expect(s.round.outline.map((o: { key: string }) => o.key)).toEqual([
      'results',
      'limitations',
      'directions',
      'proposals',
    ]);
    expect(s.items).toHaveLength(1);
    expect(s.items[0]).toMatchObject({
      title: 'Ban hành kế hoạch',
      source: '245/UBND-NV',
      status: 'overdue',
    });
    expect((await t.api('quynhontay', 'GET', `/api/report-submissions/${svhSub}`)).statusCode).toBe(404);
    expect(
      (await t.api('quynhontay', 'PATCH', `/api/report-submissions/${svhSub}`, { version: 1 })).statusCode,
    ).toBe(404);
    expect((await t.api('sngv', 'GET', `/api/report-submissions/${svhSub}`)).json().canEdit).toBe(false);
  });

  it('saves drafts under a version check: a stale save is refused with a Vietnamese message', async () => {
    const s = (await t.api('quynhontay', 'GET', `/api/report-submissions/${qntSub}`)).json();
    const first = await t.api('quynhontay', 'PATCH', `/api/report-submissions/${qntSub}`, {
      version: s.version,
      narrative: { results: 'Đã ban hành Kế hoạch số 12/KH-UBND.' },
      comments: [{ itemId: s.items[0].id, comment: 'Đã trình ký ngày 10/6' }],
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      version: 2,
      narrative: { results: 'Đã ban hành Kế hoạch số 12/KH-UBND.' },
    });
    expect(first.json().items[0].comment).toBe('Đã trình ký ngày 10/6');
    // a second editor who read version 1
    const stale = await t.api('quynhontay.tt', 'PATCH', `/api/report-submissions/${qntSub}`, {
      version: s.version,
      narrative: { results: 'Bản của người khác' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('SUBMISSION_VERSION_CONFLICT');
    expect(stale.json().error.message).toContain('người khác lưu');
    const now = (await t.api('quynhontay', 'GET', `/api/report-submissions/${qntSub}`)).json();
    expect(now.narrative.results).toBe('Đã ban hành Kế hoạch số 12/KH-UBND.');
    const bad = async (body: object) =>
      (
        await t.api('quynhontay', 'PATCH', `/api/report-submissions/${qntSub}`, { version: 2, ...body })
      ).json().error.code;
    expect(await bad({ narrative: { khac: 'x' } })).toBe('SUBMISSION_SECTION_UNKNOWN');
    expect(await bad({ comments: [{ itemId: '00000000-0000-4000-8000-000000000000', comment: 'x' }] })).toBe(
      'SUBMISSION_ITEM_UNKNOWN',
    );
    expect(
      (await t.api('sngv', 'PATCH', `/api/report-submissions/${qntSub}`, { version: 2 })).statusCode,
    ).toBe(403);
  });

  it('attaches the signed scan: the unit and Sở Ngoại vụ read it, another unit neither reads nor attaches its own', async () => {
    const scan = await buildFile(t, 'quynhontay', {
      name: 'bao-cao-da-ky.pdf',
      content: samplePdf('Báo cáo'),
    });
    const s = (await t.api('quynhontay', 'GET', `/api/report-submissions/${qntSub}`)).json();
    const res = await t.api('quynhontay', 'PATCH', `/api/report-submissions/${qntSub}`, {
      version: s.version,
      fileIds: [scan],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().files).toEqual([expect.objectContaining({ id: scan, name: 'bao-cao-da-ky.pdf' })]);
    expect(res.json().narrative).toEqual(s.narrative); // attaching keeps the text
    const download = (as: string) => t.api(as, 'GET', `/api/files/${scan}/download`);
    expect((await download('sngv')).statusCode).toBe(200);
    expect((await download('quynhontay.tt')).statusCode).toBe(200);
    expect((await download('svhttdl')).statusCode).toBe(404);

    // another unit's file is not attached, and nothing changes
    const foreign = await buildFile(t, 'svhttdl', { name: 'cua-so.pdf' });
    const refused = await t.api('quynhontay', 'PATCH', `/api/report-submissions/${qntSub}`, {
      version: res.json().version,
      fileIds: [scan, foreign],
    });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.code).toBe('FILE_NOT_FOUND');
    const after = (await t.api('quynhontay', 'GET', `/api/report-submissions/${qntSub}`)).json();
    expect(after.version).toBe(res.json().version);
    expect(after.files.map((f: { id: string }) => f.id)).toEqual([scan]);
  });

  it('goes submit → confirm → return → submit → confirm → accept; a return clears the sending day, the accepted version’s counts', async () => {
    const step = (as: string, name: string, body: object = {}) =>
      t.api(as, 'POST', `/api/report-submissions/${qntSub}/${name}`, body);
    expect((await step('quynhontay', 'confirm')).statusCode).toBe(403);
    expect((await step('quynhontay', 'submit')).json()).toMatchObject({ workflow: 'submitted', steps: [] });
    expect((await step('quynhontay', 'submit')).json().workflow).toBe('submitted'); // a double click
    expect((await step('sngv', 'accept')).json().error.code).toBe('WORKFLOW_STEP_NOT_ALLOWED');
    const sent = (await step('quynhontay.tt', 'confirm')).json();
    expect(sent).toMatchObject({ workflow: 'confirmed', sentOn: '2026-06-15', status: 'on_time' });
    expect(
      (
        await t.api('quynhontay', 'PATCH', `/api/report-submissions/${qntSub}`, { version: sent.version })
      ).json().error.code,
    ).toBe('SUBMISSION_NOT_EDITABLE');
    expect((await step('sngv', 'return', { reason: 'x' })).statusCode).toBe(400);
    const returned = (await step('sngv', 'return', { reason: 'Bổ sung số liệu hội nghị quán triệt' })).json();
    expect(returned).toMatchObject({
      workflow: 'returned',
      returnReason: 'Bổ sung số liệu hội nghị quán triệt',
      sentOn: null,
      status: 'not_due',
      canEdit: false,
    });
    const mine = (await t.api('quynhontay', 'GET', `/api/report-submissions/${qntSub}`)).json();
    expect(mine.canEdit).toBe(true);
    t.clock.set('2026-06-19');
    await step('quynhontay', 'submit');
    await step('quynhontay.tt', 'confirm');
    const accepted = (await step('sngv', 'accept')).json();
    expect(accepted).toMatchObject({
      workflow: 'accepted',
      sentOn: '2026-06-19',
      status: 'late',
      returnReason: null,
    });
    expect(accepted.events.map((e: { kind: string }) => e.kind)).toEqual([
      'submit',
      'confirm',
      'return',
      'submit',
      'confirm',
      'accept',
    ]);
    const edit = await t.api('quynhontay', 'PATCH', `/api/report-submissions/${qntSub}`, {
      version: accepted.version,
      narrative: { results: 'Sửa sau khi tiếp nhận' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('SUBMISSION_NOT_EDITABLE');
    const round = (await t.api('sngv', 'GET', `/api/report-rounds/${roundId}`)).json();
    expect(round).toMatchObject({ required: 2, submitted: 1, accepted: 1, onTime: 0, late: 1, missing: 1 });
    const log = (await t.api('sngv', 'GET', `/api/audit?entity=report_submission&entityId=${qntSub}`)).json();
    expect(log.total).toBeGreaterThanOrEqual(7);
  });

  it('gives each unit its on-time rate across rounds', async () => {
    const all = (await t.api('sngv', 'GET', '/api/report-rates')).json();
    const byName = Object.fromEntries(all.items.map((r: { unit: { name: string } }) => [r.unit.name, r]));
    expect(byName['Phường Quy Nhơn Tây']).toMatchObject({ rounds: 1, onTime: 0, late: 1, rate: 0 });
    expect(Object.values(byName).some((r) => (r as { missing: number }).missing === 1)).toBe(true);
    const own = (await t.api('quynhontay', 'GET', '/api/report-rates')).json();
    expect(own.items.map((r: { unit: { name: string } }) => r.unit.name)).toEqual(['Phường Quy Nhơn Tây']);
  });

  it('refuses a unit outside the round and an edit after acceptance: 4xx, stable code, nothing changed', async () => {
    const before = (await t.api('sngv', 'GET', `/api/report-submissions/${qntSub}`)).json();
    expect(before.workflow).toBe('accepted');
    const audit = async () =>
      (await t.api('sngv', 'GET', `/api/audit?entity=report_submission&entityId=${qntSub}`)).json().total;
    const entries = await audit();
    // the unit that reports is Quy Nhơn Tây: Sở Văn hóa's people neither read nor change its report
    for (const [method, path, body] of [
      ['GET', `/api/report-submissions/${qntSub}`, undefined],
      [
        'PATCH',
        `/api/report-submissions/${qntSub}`,
        { version: before.version, narrative: { results: 'x' } },
      ],
      ['POST', `/api/report-submissions/${qntSub}/submit`, {}],
    ] as const) {
      const res = await t.api('svhttdl', method, path, body);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('SUBMISSION_NOT_FOUND');
    }
    // a unit that is not in the directory cannot be added to the round
    const added = await t.api('sngv', 'PATCH', `/api/report-rounds/${roundId}`, {
      addUnitIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(added.statusCode).toBe(400);
    expect(added.json().error.code).toBe('ROUND_UNIT_INVALID');
    // the accepted report is closed to edits, even with the right version
    const edit = await t.api('quynhontay', 'PATCH', `/api/report-submissions/${qntSub}`, {
      version: before.version,
      narrative: { results: 'Sửa sau khi tiếp nhận' },
      comments: [{ itemId: before.items[0].id, comment: 'Sửa sau khi tiếp nhận' }],
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('SUBMISSION_NOT_EDITABLE');
    const again = await t.api('quynhontay', 'POST', `/api/report-submissions/${qntSub}/submit`, {});
    expect(again.statusCode).toBeGreaterThanOrEqual(400);
    expect(again.statusCode).toBeLessThan(500);
    const after = (await t.api('sngv', 'GET', `/api/report-submissions/${qntSub}`)).json();
    expect(after).toEqual(before);
    expect(await audit()).toBe(entries);
    const round = (await t.api('sngv', 'GET', `/api/report-rounds/${roundId}`)).json();
    expect(round.required).toBe(2);
  });
});
