import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { renderDocxToPdf, renderSkipReason, renderTestsEnabled } from '../../test/render-pdf.js';
import { assign } from '../assignments/factories.js';
import { buildCommitment } from '../commitments/factories.js';
import { buildDocument } from '../documents/factories.js';
import { buildTask } from '../tasks/factories.js';
import { buildDraft, statisticsSentence } from './draft.js';
import type { UnitFigures } from './repo.js';

const t = await createTestApp({ today: '2026-06-15' });
const flat = (s: string) => s.replace(/\s+/g, ' ');

let tracked: Promise<{ id: string }> | null = null;

/** The tracked work, once per file: a directive, two tasks, a commitment. */
function trackedWork() {
  tracked ??= (async () => {
    const qnt = await t.unitByCode('21589');
    const svh = await t.unitByCode('SVHTTDL');
    const doc = await buildDocument(t, { number: '245/UBND-NV', issuedOn: '2026-02-10' });
    const done = await buildTask(t, { documentId: doc.id, title: 'Ban hành kế hoạch', dueOn: '2026-03-15' });
    const open = await buildTask(t, { documentId: doc.id, title: 'Tổ chức hội nghị', dueOn: '2026-09-30' });
    await assign(t, done.id, { unitIds: [qnt.id, svh.id] });
    await assign(t, open.id, { unitIds: [qnt.id] });
    await buildCommitment(t, { leadUnitId: qnt.id, title: 'Kết nghĩa với thành phố Gimhae' });
    return doc;
  })();
  return tracked;
}

async function openRound() {
  const qnt = await t.unitByCode('21589');
  const doc = await trackedWork();
  const res = await t.api('sngv', 'POST', '/api/report-rounds', {
    title: 'Báo cáo 6 tháng đầu năm 2026',
    kind: 'half_1',
    year: 2026,
    dueOn: '2026-06-18',
    documentIds: [doc.id],
    includeCommitments: true,
    groups: ['so_ban_nganh'],
    unitIds: [qnt.id],
  });
  const round = res.json();
  const subs = (await t.api('sngv', 'GET', `/api/report-rounds/${round.id}/submissions`)).json().items;
  const qntSub = subs.find((s: { unit: { id: string } }) => s.unit.id === qnt.id);
  const s = (await t.api('quynhontay', 'GET', `/api/report-submissions/${qntSub.id}`)).json();
  await t.api('quynhontay', 'PATCH', `/api/report-submissions/${qntSub.id}`, {
    version: s.version,
    narrative: {
      results: 'Phường đã ban hành Kế hoạch số 12/KH-UBND và tổ chức quán triệt.',
      proposals: 'Đề nghị bố trí kinh phí đối ngoại cho cấp xã.',
    },
  });
  await t.api('quynhontay', 'POST', `/api/report-submissions/${qntSub.id}/submit`, {});
  await t.api('quynhontay.tt', 'POST', `/api/report-submissions/${qntSub.id}/confirm`, {});
  await t.api('sngv', 'POST', `/api/report-submissions/${qntSub.id}/accept`, {});
  return { round, required: round.required as number };
}

describe('the compiled report', () => {
  it('writes the statistics sentence as 1270/BC-TCTTTg does', () => {
    expect(
      statisticsSentence({
        total: 21914,
        done: 16051,
        doneOnTime: 14068,
        doneLate: 1983,
        notDone: 5863,
        withinDeadline: 5640,
        overdue: 223,
      }),
    ).toBe(
      'Tổng số 21.914 nhiệm vụ; 16.051 nhiệm vụ đến hạn đã hoàn thành, đạt 98,63 % (đúng hạn 14.068, quá hạn 1.983); chưa hoàn thành 5.863 (trong hạn 5.640, quá hạn 223) (có phụ lục kèm theo).',
    );
  });

  it('quotes only the reports the head sent or Sở Ngoại vụ accepted, not one returned or still with the unit', () => {
    const unit = (name: string, workflow: string, sentOn: string | null): UnitFigures => ({
      submissionId: name,
      unitId: name,
      name,
      kind: 'xa',
      workflow,
      sentOn,
      narrative: { results: `Kết quả của ${name}.` },
      total: 1,
      doneOnTime: 1,
      doneLate: 0,
      inProgress: 0,
      notStarted: 0,
      overdue: 0,
    });
    const draft = buildDraft({
      round: {
        title: 'Kỳ',
        periodLabel: '6 tháng đầu năm 2026',
        periodStart: '2025-12-15',
        periodEnd: '2026-06-14',
        dueOn: '2026-06-20',
        outline: [{ key: 'results', title: 'I. Kết quả', hint: '' }],
        documents: [],
        includeCommitments: false,
      },
      units: [
        unit('Xã Đã Duyệt', 'confirmed', '2026-06-18'),
        unit('Xã Đã Tiếp Nhận', 'accepted', '2026-06-17'),
        unit('Xã Bị Trả Lại', 'returned', '2026-06-16'),
        unit('Xã Mới Nộp', 'submitted', null),
        unit('Xã Chưa Làm', 'open', null),
      ],
      commitments: [],
      obstacles: [],
      today: '2026-06-21',
      now: new Date('2026-06-21T02:00:00Z'),
    });
    const text = draft.sections[0]!.text;
    expect(text).toContain('- Xã Đã Duyệt: Kết quả của Xã Đã Duyệt.');
    expect(text).toContain('- Xã Đã Tiếp Nhận: Kết quả của Xã Đã Tiếp Nhận.');
    for (const name of ['Xã Bị Trả Lại', 'Xã Mới Nộp', 'Xã Chưa Làm']) expect(text).not.toContain(name);
    expect(draft.statistics).toMatch(/^Tổng số 5 nhiệm vụ;/);
  });

  it('drafts from the submissions, keeps the officer’s edits under a version check, produces versions', async () => {
    const { round } = await openRound();
    const draft = (await t.api('sngv', 'GET', `/api/report-rounds/${round.id}/report-draft`)).json();
    expect(draft.version).toBe(0); // not saved yet: a save sends the version it read
    expect(draft.statistics).toMatch(/^Tổng số \d+ nhiệm vụ; /);
    expect(draft.reporting).toMatch(/đã nhận được báo cáo của 1\/\d+ đơn vị \(đúng hạn 1, trễ hạn 0\)/);
    expect(draft.sections[0].text).toContain(
      '- Phường Quy Nhơn Tây: Phường đã ban hành Kế hoạch số 12/KH-UBND',
    );
    expect(draft.sections[3].text).toContain('- Phường Quy Nhơn Tây: Đề nghị bố trí kinh phí');
    expect((await t.api('quynhontay', 'GET', `/api/report-rounds/${round.id}/report-draft`)).statusCode).toBe(
      403,
    );

    const saved = await t.api('sngv', 'PUT', `/api/report-rounds/${round.id}/report-draft`, {
      version: 0,
      sections: [{ key: 'directions', text: 'Tiếp tục đôn đốc các đơn vị chưa gửi báo cáo.' }],
    });
    expect(saved.json()).toMatchObject({ version: 1, edited: true });
    const stale = await t.api('sngv', 'PUT', `/api/report-rounds/${round.id}/report-draft`, {
      version: 0,
      intro: 'x',
    });
    expect(stale.json().error.code).toBe('REPORT_DRAFT_VERSION_CONFLICT');

    const produced = await t.api('sngv', 'POST', `/api/report-rounds/${round.id}/outputs`, {
      kind: 'report',
    });
    expect(produced.statusCode).toBe(201);
    await t.api('sngv', 'POST', `/api/report-rounds/${round.id}/outputs`, { kind: 'report' });
    await t.api('sngv', 'POST', `/api/report-rounds/${round.id}/outputs`, { kind: 'annex' });
    const list = (await t.api('lanhdao', 'GET', `/api/report-rounds/${round.id}/outputs`)).json();
    expect(list.items.map((o: { kind: string; version: number }) => `${o.kind}${o.version}`).sort()).toEqual([
      'annex1',
      'report1',
      'report2',
    ]);
    const xlsx = await t.api('sngv', 'GET', `/api/report-rounds/${round.id}/annex.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  describe.skipIf(!renderTestsEnabled)(`rendered to PDF ${renderSkipReason}`, () => {
    it('is an A4 BÁO CÁO with the statistics sentence and one annex row per required unit', async () => {
      const { round, required } = await openRound();
      const res = await t.api('sngv', 'GET', `/api/report-rounds/${round.id}/report.docx`);
      expect(res.statusCode).toBe(200);
      const pdf = await renderDocxToPdf(res.rawPayload);
      if (process.env.REPORTS_PNG) await pdf.toPng(process.env.REPORTS_PNG);
      expect(pdf.pageSizeMm).toEqual({ width: 210, height: 297 });
      const first = pdf.pageTexts[0]!;
      for (const s of ['UBND TỈNH GIA LAI', 'SỞ NGOẠI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO'])
        expect(first).toContain(s);
      expect(first).toMatch(/Số:\s+\/BC-SNgV/);
      expect(first.trimStart().startsWith('UBND')).toBe(true); // no page number on page 1
      const body = flat(pdf.text);
      expect(body).toMatch(
        /Tổng số \d+ nhiệm vụ; \d+ nhiệm vụ đến hạn đã hoàn thành, đạt [\d,]+ % \(đúng hạn \d+, quá hạn \d+\); chưa hoàn thành \d+/,
      );
      expect(body).toContain('Phường Quy Nhơn Tây: Phường đã ban hành Kế hoạch số 12/KH-UBND');
      const annex = pdf.pageTexts.findIndex((p) => /^\s*Phụ lục I\s*$/m.test(p));
      expect(annex).toBeGreaterThan(0);
      const annexText = pdf.pageTexts.slice(annex).join('\n');
      const rows = annexText
        .split('\n')
        .filter((l) => /^\s*\d+\s+\S/.test(l) && /(Đúng hạn|Trễ hạn|Chưa đến hạn|Quá hạn chưa gửi)/.test(l));
      expect(rows.length).toBe(required);
      expect(annexText).toMatch(/\d+\s+Phường Quy Nhơn Tây\s+2\s/);
      expect(body).toContain('Phụ lục II');
      expect(body).toContain('Gimhae');

      const letter = await t.api('sngv', 'GET', `/api/report-rounds/${round.id}/letter.docx`);
      const lp = await renderDocxToPdf(letter.rawPayload);
      if (process.env.REPORTS_PNG) await lp.toPng(process.env.REPORTS_PNG);
      expect(flat(lp.text)).toContain('V/v báo cáo kết quả thực hiện 245/UBND-NV');
      expect(flat(lp.text)).toContain('Kính gửi: Các sở, ban, ngành');
      expect(flat(lp.text)).toContain('ĐỀ CƯƠNG BÁO CÁO');
    }, 120_000);
  });
});
