// The compiled report's draft, written from the submissions: the statistics sentence as
// 1270/BC-TCTTTg writes it, who reported, and each outline section gathering the units'
// narratives with attribution (departments, then wards and communes), difficulties and
// proposals with the units that raised them, and the obstacles raised and how each ended.
// Pure: the data comes in, the text goes out; the officer edits it before producing the file.
import { type ObstacleLevel, obstacleLevelLabels } from '../../../shared/obstacles.js';
import { type OutlineSection, submissionStatus } from '../../../shared/report-rounds.js';
import type { CommitmentLine, EscalatedObstacle, UnitFigures } from './repo.js';

export interface DraftSection {
  key: string;
  title: string;
  /** Paragraphs separated by blank lines; a line starting with "- " is a bullet, "1. " a sub-heading. */
  text: string;
}

export interface ReportDraft {
  /** Bumped on every save of the draft (a stale save is refused). */
  version: number;
  summary: string;
  intro: string;
  statistics: string;
  reporting: string;
  sections: DraftSection[];
  closing: string;
  /** True once the officer has edited it (regenerating then asks to overwrite). */
  edited: boolean;
  generatedAt: string;
}

const nf = new Intl.NumberFormat('vi-VN');
const n = (x: number) => nf.format(x);
const pct = (num: number, den: number) =>
  den
    ? `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format((num * 100) / den)} %`
    : '—';
const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

export interface TaskTotals {
  total: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  notDone: number;
  withinDeadline: number;
  overdue: number;
}

export function taskTotals(units: UnitFigures[]): TaskTotals {
  const sum = (f: (u: UnitFigures) => number) => units.reduce((a, u) => a + f(u), 0);
  const doneOnTime = sum((u) => u.doneOnTime);
  const doneLate = sum((u) => u.doneLate);
  const overdue = sum((u) => u.overdue);
  const within = sum((u) => u.inProgress + u.notStarted);
  return {
    total: sum((u) => u.total),
    done: doneOnTime + doneLate,
    doneOnTime,
    doneLate,
    notDone: within + overdue,
    withinDeadline: within,
    overdue,
  };
}

/**
 * "Tổng số 21.914 nhiệm vụ; 16.051 nhiệm vụ đến hạn đã hoàn thành, đạt 98,62 % (đúng hạn 14.068,
 * quá hạn 1.983); chưa hoàn thành 5.863 (trong hạn 5.640, quá hạn 223) (có phụ lục kèm theo)."
 * The share is of the tasks due: done, plus not done past their deadline.
 */
export function statisticsSentence(t: TaskTotals): string {
  return (
    `Tổng số ${n(t.total)} nhiệm vụ; ${n(t.done)} nhiệm vụ đến hạn đã hoàn thành, đạt ${pct(t.done, t.done + t.overdue)} ` +
    `(đúng hạn ${n(t.doneOnTime)}, quá hạn ${n(t.doneLate)}); chưa hoàn thành ${n(t.notDone)} ` +
    `(trong hạn ${n(t.withinDeadline)}, quá hạn ${n(t.overdue)}) (có phụ lục kèm theo).`
  );
}

export interface ReportingFacts {
  required: number;
  sent: number;
  onTime: number;
  late: number;
  /** The units that did not send, named in a footnote. */
  notSent: string[];
}

export function reportingFacts(units: UnitFigures[], dueOn: string, today: string): ReportingFacts {
  const st = units.map((u) => submissionStatus(u.sentOn, dueOn, today));
  return {
    required: units.length,
    sent: units.filter((u) => u.sentOn).length,
    onTime: st.filter((s) => s === 'on_time').length,
    late: st.filter((s) => s === 'late').length,
    notSent: units.filter((u) => !u.sentOn).map((u) => u.name),
  };
}

export function reportingSentence(f: ReportingFacts): string {
  const head = `Đến nay, Sở Ngoại vụ đã nhận được báo cáo của ${n(f.sent)}/${n(f.required)} đơn vị (đúng hạn ${n(f.onTime)}, trễ hạn ${n(f.late)})`;
  return f.notSent.length ? `${head}; còn ${n(f.notSent.length)} đơn vị chưa gửi báo cáo.` : `${head}.`;
}

const oneLine = (s: string) => s.replace(/\s*\n+\s*/g, ' ').trim();

function commitmentsParagraph(lines: CommitmentLine[]): string {
  if (!lines.length) return '';
  const c = (s: string) => lines.filter((l) => l.status === s).length;
  return (
    `Về thực hiện các cam kết, thỏa thuận: tổng số ${n(lines.length)} cam kết, thỏa thuận; ` +
    `đã hoàn thành ${n(c('done_on_time') + c('done_late'))} (đúng hạn ${n(c('done_on_time'))}, quá hạn ${n(c('done_late'))}); ` +
    `đang thực hiện ${n(c('in_progress'))}, chậm so với lộ trình ${n(c('overdue'))}, chưa triển khai ${n(c('not_started'))} ` +
    '(chi tiết tại Phụ lục II).'
  );
}

function obstaclesText(list: EscalatedObstacle[]): string {
  if (!list.length) return '';
  const lines = list.map((o) => {
    const where = obstacleLevelLabels[o.level as ObstacleLevel] ?? o.level;
    const end =
      o.status === 'resolved'
        ? `đã giải quyết${o.resolvedOn ? ` ngày ${dmy(String(o.resolvedOn).slice(0, 10))}` : ''}${o.resolution ? `: ${oneLine(o.resolution)}` : ''}`
        : `đang chờ ${where} giải quyết`;
    return `- ${o.unitName}: ${oneLine(o.description)}${o.proposal ? `; đề xuất: ${oneLine(o.proposal)}` : ''} (${end}).`;
  });
  return ['Các khó khăn, vướng mắc đơn vị đã phản ánh và kết quả xử lý:', ...lines].join('\n');
}

export interface DraftInput {
  round: {
    title: string;
    periodLabel: string;
    periodStart: string;
    periodEnd: string;
    dueOn: string;
    outline: OutlineSection[];
    documents: { number: string; summary: string }[];
    includeCommitments: boolean;
  };
  units: UnitFigures[];
  commitments: CommitmentLine[];
  obstacles: EscalatedObstacle[];
  today: string;
  now: Date;
}

/**
 * Whose text the draft quotes: reports the unit's head sent (confirmed) or Sở Ngoại vụ accepted.
 * A report returned for correction, or still with the unit, is counted in the figures but not
 * quoted; regenerating the draft after it comes back folds it in.
 */
export const quoted = (u: Pick<UnitFigures, 'workflow'>) =>
  u.workflow === 'confirmed' || u.workflow === 'accepted';

export function buildDraft(input: DraftInput): ReportDraft {
  const { round, units } = input;
  const docs = round.documents.map((d) => d.number);
  const subject = [
    docs.length ? docs.join(', ') : '',
    round.includeCommitments ? 'các cam kết, thỏa thuận quốc tế' : '',
  ]
    .filter(Boolean)
    .join(' và ');
  const sections: DraftSection[] = round.outline.map((o, i) => {
    const parts: string[] = [];
    if (i === 0 && input.commitments.length) parts.push(commitmentsParagraph(input.commitments));
    const written = units.filter((u) => quoted(u) && u.narrative?.[o.key]?.trim());
    if (written.length)
      parts.push(written.map((u) => `- ${u.name}: ${oneLine(u.narrative[o.key]!)}`).join('\n'));
    if (
      o.key === 'limitations' ||
      (i === round.outline.length - 1 && !round.outline.some((x) => x.key === 'limitations'))
    ) {
      const ob = obstaclesText(input.obstacles);
      if (ob) parts.push(ob);
    }
    return { key: o.key, title: o.title, text: parts.join('\n\n') };
  });
  return {
    // 0 until first saved: the version a save sends is the one it read
    version: 0,
    summary: `Kết quả thực hiện ${subject} ${round.periodLabel}`.replace(/\s+/g, ' '),
    intro:
      `Thực hiện ${docs.length ? docs.join(', ') : 'nhiệm vụ được giao'}, trên cơ sở báo cáo của các đơn vị và dữ liệu theo dõi ` +
      `(số liệu từ ngày ${dmy(round.periodStart)} đến ngày ${dmy(round.periodEnd)}), Sở Ngoại vụ báo cáo kết quả ${round.periodLabel} như sau:`,
    statistics: statisticsSentence(taskTotals(units)),
    reporting: reportingSentence(reportingFacts(units, round.dueOn, input.today)),
    sections,
    closing:
      `Trên đây là báo cáo kết quả thực hiện ${subject} ${round.periodLabel} của Sở Ngoại vụ, kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo`.replace(
        /\s+/g,
        ' ',
      ),
    edited: false,
    generatedAt: input.now.toISOString(),
  };
}
