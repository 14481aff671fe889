// The demo's report rounds: on the day the demo starts, an open round of the period that just
// ended, due in a few working days, and the round before it, past its deadline; between them
// every state of a unit's report at once, written through the services.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { trackingDemoSeeder } from '../assignments/demo-seed.js';
import { commitmentsDemoSeeder } from '../commitments/seed.js';
import { demoPeriods, reportRoundsDemoSeeder } from './demo-seed.js';

describe('the demo periods', () => {
  it('take the longest kind that ended within a month, and the window before it', () => {
    const pick = (today: string) => {
      const { current: c, previous: p } = demoPeriods(today);
      return [c.label, c.start, c.end, p.label, p.start, p.end];
    };
    expect(pick('2026-12-03')).toEqual([
      'tháng 11 năm 2026',
      '2026-10-15',
      '2026-11-14',
      'tháng 10 năm 2026',
      '2026-09-15',
      '2026-10-14',
    ]);
    expect(pick('2026-06-20')).toEqual([
      '6 tháng đầu năm 2026',
      '2025-12-15',
      '2026-06-14',
      '6 tháng cuối năm 2025',
      '2025-06-15',
      '2025-12-14',
    ]);
    expect(pick('2027-01-05').slice(0, 3)).toEqual(['năm 2026', '2025-12-15', '2026-12-14']);
    expect(pick('2026-09-15')[0]).toBe('9 tháng đầu năm 2026');
    expect(pick('2026-04-01')[0]).toBe('quý I năm 2026');
    // the cut-off day itself has not ended yet
    expect(pick('2026-11-14')[0]).toBe('tháng 10 năm 2026');
  });
});

interface Round {
  id: string;
  title: string;
  status: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  openedOn: string;
  includeCommitments: boolean;
  groups: string[];
  documents: { number: string }[];
  required: number;
  submitted: number;
  accepted: number;
  returned: number;
  onTime: number;
  late: number;
  missing: number;
  notDue: number;
}
interface Row {
  id: string;
  unit: { name: string };
  workflow: string;
  status: string;
  sentOn: string | null;
  returnReason: string | null;
  items: number;
}

async function seeded(today: string) {
  const t = await createTestApp({ today });
  await trackingDemoSeeder.seed(t.db, t.clock);
  await commitmentsDemoSeeder.seed(t.db, t.clock);
  const started = Date.now();
  await reportRoundsDemoSeeder.seed(t.db, t.clock);
  const ms = Date.now() - started;
  await reportRoundsDemoSeeder.seed(t.db, t.clock); // idempotent
  const rounds: Round[] = (await t.api('sngv', 'GET', '/api/report-rounds')).json().items;
  const rows = async (r: Round): Promise<Row[]> =>
    (await t.api('sngv', 'GET', `/api/report-rounds/${r.id}/submissions`)).json().items;
  return { t, ms, rounds, rows };
}

const tally = (rows: Row[], key: 'workflow' | 'status') =>
  rows.reduce<Record<string, number>>((m, r) => {
    m[r[key]] = (m[r[key]] ?? 0) + 1;
    return m;
  }, {});

const main = await seeded('2026-12-03');
const early = await seeded('2026-06-15');

describe('demo report rounds', () => {
  const { t, ms, rounds, rows } = main;

  it('open the current period due in a few working days, and the previous one past its deadline', async () => {
    console.log(`report-round demo seeded in ${ms} ms`);
    expect(rounds).toHaveLength(2);
    const [current, previous] = rounds as [Round, Round];
    expect(current).toMatchObject({
      title:
        'Báo cáo tháng 11 năm 2026 kết quả thực hiện Công văn số 245/UBND-NgV và các cam kết, thỏa thuận quốc tế',
      status: 'open',
      periodStart: '2026-10-15',
      periodEnd: '2026-11-14',
      dueOn: '2026-12-09', // the 4th working day after Thursday 3/12
      openedOn: '2026-11-16', // the Monday after the cut-off
      includeCommitments: true,
      groups: ['so_ban_nganh', 'xa_phuong'],
      documents: [{ number: '245/UBND-NgV' }],
    });
    expect(previous).toMatchObject({
      status: 'open',
      periodStart: '2026-09-15',
      periodEnd: '2026-10-14',
      dueOn: '2026-10-21',
      openedOn: '2026-10-15',
    });
    // every department (but Sở Ngoại vụ) and every commune and ward
    expect(current.required).toBe(153);
    expect(previous.required).toBe(153);
    // the returned report no longer counts as sent: it is sent again when fixed
    expect(current).toMatchObject({
      submitted: 3,
      accepted: 2,
      returned: 1,
      onTime: 3,
      late: 0,
      missing: 0,
      notDue: 150,
    });
    expect(previous).toMatchObject({
      submitted: 3,
      accepted: 2,
      returned: 1,
      onTime: 1,
      late: 2,
      missing: 150,
      notDue: 0,
    });
  });

  it('show accepted, returned, late and not sent reports, pre-filled and written', async () => {
    const [current, previous] = rounds as [Round, Round];
    const cur = await rows(current);
    const prev = await rows(previous);
    expect(tally(cur, 'workflow')).toEqual({
      accepted: 2,
      returned: 1,
      confirmed: 1,
      submitted: 1,
      open: 148,
    });
    expect(tally(cur, 'status')).toEqual({ on_time: 3, not_due: 150 });
    expect(tally(prev, 'workflow')).toEqual({ accepted: 2, returned: 1, confirmed: 1, open: 149 });
    expect(tally(prev, 'status')).toEqual({ on_time: 1, late: 2, missing: 150 });
    // the counts of the round are its rows'
    for (const [r, list] of [
      [current, cur],
      [previous, prev],
    ] as const) {
      const st = tally(list, 'status');
      expect([r.onTime, r.late, r.missing, r.notDue]).toEqual([
        st.on_time ?? 0,
        st.late ?? 0,
        st.missing ?? 0,
        st.not_due ?? 0,
      ]);
      expect(r.submitted).toBe(list.filter((x) => x.sentOn).length);
      expect(list.every((x) => x.items > 0)).toBe(true);
    }

    const byName = (list: Row[], name: string) => list.find((r) => r.unit.name === name)!;
    const returned = byName(cur, 'Phường Quy Nhơn Tây');
    expect(returned).toMatchObject({ workflow: 'returned', sentOn: null, status: 'not_due' });
    expect(returned.returnReason).toContain('hội nghị quán triệt');
    expect(byName(cur, 'Sở Văn hóa, Thể thao và Du lịch')).toMatchObject({
      workflow: 'submitted',
      sentOn: null,
      status: 'not_due',
    });
    expect(byName(prev, 'Phường An Nhơn')).toMatchObject({ workflow: 'confirmed', status: 'late' });
    expect(byName(prev, 'Sở Văn hóa, Thể thao và Du lịch').status).toBe('missing');

    // a written report: narrative per section, a comment on every line, its history
    const sct = byName(cur, 'Sở Công Thương');
    const s = (await t.api('sct', 'GET', `/api/report-submissions/${sct.id}`)).json();
    expect(s.workflow).toBe('accepted');
    expect(Object.keys(s.narrative).sort()).toEqual(['directions', 'limitations', 'proposals', 'results']);
    expect(s.narrative.results).toContain('tháng 11 năm 2026');
    expect(s.items.some((i: { kind: string }) => i.kind === 'commitment')).toBe(true);
    expect(s.items.every((i: { comment: string }) => i.comment.length > 10)).toBe(true);
    expect(s.events.map((e: { kind: string }) => e.kind)).toEqual(['submit', 'confirm', 'accept']);
    expect(s.sentOn >= '2026-11-15' && s.sentOn <= '2026-12-03').toBe(true);
    const audit = (
      await t.api('sngv', 'GET', `/api/audit?entity=report_submission&entityId=${sct.id}`)
    ).json();
    expect(audit.total).toBe(4); // the draft and three steps

    // the ward's people see their returned report and may fix it
    const mine = (await t.api('quynhontay', 'GET', `/api/report-submissions/${returned.id}`)).json();
    expect(mine).toMatchObject({ canEdit: true, steps: ['submit'] });
    const head = (
      await t.api(
        'svhttdl.tt',
        'GET',
        `/api/report-submissions/${byName(cur, 'Sở Văn hóa, Thể thao và Du lịch').id}`,
      )
    ).json();
    expect(head.steps).toContain('confirm');
  });

  it('compile into a draft whose reporting sentence matches the counts', async () => {
    for (const r of rounds) {
      const draft = (await t.api('sngv', 'GET', `/api/report-rounds/${r.id}/report-draft`)).json();
      expect(draft.reporting).toContain(
        `đã nhận được báo cáo của ${r.submitted}/${r.required} đơn vị (đúng hạn ${r.onTime}, trễ hạn ${r.late})`,
      );
      expect(draft.statistics).toMatch(/^Tổng số \d+ nhiệm vụ; /);
    }
    const dash = (await t.api('lanhdao', 'GET', '/api/dashboard')).json();
    expect(dash.reportRound).toMatchObject({
      id: rounds[0]!.id,
      required: 153,
      notSent: 150,
      previous: { id: rounds[1]!.id, required: 153, notSentByDue: 152 },
    });
  });
});

describe('demo report rounds the day after a cut-off', () => {
  const { rounds } = early;

  it('still hold every state, all of the current round’s steps taken that morning', () => {
    const [current, previous] = rounds as [Round, Round];
    expect(current).toMatchObject({ periodEnd: '2026-06-14', submitted: 3, accepted: 2, returned: 1 });
    expect(previous).toMatchObject({ periodEnd: '2025-12-14', late: 2, accepted: 2, returned: 1 });
  });
});
