import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { matchUnitNames } from '../../../shared/intake/names.js';
import { units } from '../../db/schema/units.js';
import { mailOutbox, urgingTargets } from '../../db/schema/urging.js';
import { createTestApp } from '../../test/harness.js';
import { renderDocxToPdf, renderSkipReason, renderTestsEnabled } from '../../test/render-pdf.js';
import { startTestSmtp } from '../../test/smtp.js';
import { FOOTNOTE_2 } from '../assignments/demo-data.js';
import { trackingDemoSeeder } from '../assignments/demo-seed.js';
import { createMailSender } from '../mail/sender.js';

const t = await createTestApp({ today: '2026-03-20' });
await trackingDemoSeeder.seed(t.db, t.clock);
const smtp = await startTestSmtp();
afterAll(() => smtp.close());
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function planTask() {
  const directive = (await t.api('sngv', 'GET', '/api/documents?q=245/UBND')).json().items[0];
  return (await t.api('sngv', 'GET', `/api/tasks?documentId=${directive.id}&q=6 ro`)).json().items[0];
}

describe('the urging letter of the first directive’s plan task', () => {
  it('names exactly Sở VHTTDL and the 72 communes and wards of the footnotes', async () => {
    const plan = await planTask();
    const res = await t.api('sngv', 'GET', `/api/tasks/${plan.id}/urging-letter.docx?newDueOn=2026-03-31`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    for (const who of ['quynhontay', 'lanhdao', 'admin'])
      expect(
        (await t.api(who, 'GET', `/api/tasks/${plan.id}/urging-letter.docx?newDueOn=2026-03-31`)).statusCode,
      ).toBeGreaterThanOrEqual(403);
    expect(
      (await t.api('sngv', 'GET', `/api/tasks/${plan.id}/urging-letter.docx?newDueOn=2026-03-01`)).json()
        .error.code,
    ).toBe('URGING_DUE_PAST');
    if (!renderTestsEnabled) return console.warn(renderSkipReason);
    const pdf = await renderDocxToPdf(res.rawPayload);
    const text = flat(pdf.text);
    expect(text).toContain('V/v đôn đốc thực hiện nhiệm vụ');
    expect(text).toContain('81/154 đơn vị; còn 73 đơn vị chưa thực hiện');
    expect(text).toContain('trước ngày 31/03/2026');
    expect(text).toContain('báo cáo Ủy ban nhân dân tỉnh xem xét');
    expect(text).toContain('Nơi nhận');
    const all = await t.db.select().from(units);
    const expected = matchUnitNames(FOOTNOTE_2, all).matched.map((m) => m.unit.name);
    expect(expected).toHaveLength(72);
    // the footnotes at the page foot: the department in the first, the 72 communes and wards in the second
    const notes = text.slice(text.indexOf('1 Sở Văn hóa'));
    expect(notes.startsWith('1 Sở Văn hóa, Thể thao và Du lịch. 2 ')).toBe(true);
    for (const name of expected) expect(notes).toMatch(new RegExp(`${name}[;.]`));
    await pdf.toPng('/tmp/urging-letter-png');
  });

  it('sending it records an urging on each named unit and tells them in the app and by e-mail with the letter', async () => {
    const plan = await planTask();
    const u = await t.actor('quynhontay');
    await t.api('admin', 'PATCH', `/api/users/${u.id}`, { email: 'canbo.qnt@gialai.test' });
    expect(
      (await t.api('quynhontay', 'POST', `/api/tasks/${plan.id}/urgings`, { newDueOn: '2026-03-31' }))
        .statusCode,
    ).toBe(403);
    const res = await t.api('sngv', 'POST', `/api/tasks/${plan.id}/urgings`, { newDueOn: '2026-03-31' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.units).toHaveLength(73);
    expect(body.units.map((x: { name: string }) => x.name)).toContain('Sở Văn hóa, Thể thao và Du lịch');
    expect(body.units.map((x: { name: string }) => x.name)).toContain('Phường Quy Nhơn Tây');
    const targets = await t.db.select().from(urgingTargets).where(eq(urgingTargets.urgingId, body.id));
    expect(targets).toHaveLength(73);

    const notes = (await t.api('quynhontay', 'GET', '/api/notifications')).json();
    expect(notes.items[0]).toMatchObject({ kind: 'urging', subjectId: body.id });
    expect(notes.items[0].body).toContain('31/03/2026');
    const letter = await t.api('quynhontay', 'GET', `/api/urgings/${body.id}/letter.docx`);
    expect(letter.statusCode).toBe(200);
    // the department is named too; the leaders read every letter
    expect((await t.api('svhttdl', 'GET', `/api/urgings/${body.id}/letter.docx`)).statusCode).toBe(200);

    // the urge count and the last urged date: on the board, in its Excel, and on the unit's list
    const board = (await t.api('sngv', 'GET', `/api/tasks/${plan.id}/board?q=quy nhon tay`)).json();
    const qnt = board.items.find((a: { unitName: string }) => a.unitName === 'Phường Quy Nhơn Tây');
    expect(qnt).toMatchObject({ urgeCount: 1, lastUrgedOn: '2026-03-20' });
    const done = (
      await t.api('sngv', 'GET', `/api/tasks/${plan.id}/board?state=submitted&pageSize=1`)
    ).json();
    expect(done.items[0]).toMatchObject({ urgeCount: 0, lastUrgedOn: null });
    const own = (await t.api('quynhontay', 'GET', `/api/assignments/${qnt.id}`)).json();
    expect(own).toMatchObject({ urgeCount: 1, lastUrgedOn: '2026-03-20' });
    const xlsx = await t.api('sngv', 'GET', `/api/tasks/${plan.id}/board.xlsx?q=quy nhon tay`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const cells = (r: number) =>
      (sheet.getRow(r).values as unknown[]).map((v) =>
        v instanceof Date ? v.toISOString().slice(0, 10) : v,
      );
    let header = 1;
    while (!cells(header).includes('Số lần đôn đốc')) header++;
    const col = cells(header).indexOf('Số lần đôn đốc');
    const rows = Array.from({ length: sheet.rowCount - header }, (_, i) => cells(header + 1 + i));
    const row = rows.find((r) => r.includes('Phường Quy Nhơn Tây'))!;
    expect(row[col]).toBe(1);
    expect(String(row[col + 1])).toMatch(/2026-03-20|20\/03\/2026/);

    // the urgings a unit received: its own only, whatever it asks for; Sở Ngoại vụ by unit
    const mine = (await t.api('quynhontay', 'GET', '/api/urgings')).json();
    expect(mine.total).toBe(1);
    expect(mine.items[0]).toMatchObject({
      id: body.id,
      taskId: plan.id,
      assignmentId: qnt.id,
      unitName: 'Phường Quy Nhơn Tây',
      urgedOn: '2026-03-20',
      newDueOn: '2026-03-31',
      complied: 81,
      total: 154,
    });
    const svh = await t.actor('svhttdl');
    const asked = (await t.api('quynhontay', 'GET', `/api/urgings?unitId=${svh.unitId}`)).json();
    expect(asked.items.map((i: { unitName: string }) => i.unitName)).toEqual(['Phường Quy Nhơn Tây']);
    expect((await t.api('sngv', 'GET', '/api/urgings?pageSize=5')).json().total).toBe(73);
    const theirs = (await t.api('sngv', 'GET', `/api/urgings?unitId=${svh.unitId}`)).json();
    expect(theirs.items.map((i: { unitName: string }) => i.unitName)).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
    ]);

    const [mail] = await t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, 'canbo.qnt@gialai.test'));
    expect(mail!.attachments).toHaveLength(1);
    const sender = createMailSender(t.db, {
      smtpUrl: smtp.url,
      from: 'Sở Ngoại vụ <theodoi@sngv.test>',
      publicUrl: 'https://x.test',
    })!;
    await sender.sendDue(t.clock.now(), 500);
    sender.close();
    const got = smtp.received.find((m) => m.subject?.startsWith('Công văn đôn đốc'))!;
    expect(got.attachments[0]!.filename).toMatch(/^cong-van-don-doc-.*\.docx$/);
    expect(got.attachments[0]!.content.length).toBe(letter.rawPayload.length);
  });
});
