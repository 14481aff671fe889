// Counts → the dashboard's API shape: figures with their rates, units ranked by overdue work
// (the Government's public ranking), labels in Vietnamese, empty months filled with zeros.
import { commitmentFieldLabels } from '../../../shared/commitments.js';
import { monthLabel, rate } from '../../../shared/dashboard.js';
import { type ObstacleLevel, obstacleLevels } from '../../../shared/obstacles.js';
import { submissionStatus } from '../../../shared/report-rounds.js';
import { type ProgressStatus, progressStatuses, statusLabels } from '../../../shared/status.js';
import { type UnitKindCode, unitGroups, unitKindLabels, unitKindOrder } from '../../../shared/units.js';
import { emptyStatusRow, type StatusRow } from './repo.js';
import type { DashboardOut, ScorecardOut } from './schema.js';
import type { DashboardData, ScorecardData } from './service.js';

export function figuresOf(r: StatusRow) {
  const doneOnTime = r.done_on_time;
  const doneLate = r.done_late;
  return {
    total: r.total,
    tasksDue: r.due,
    doneOnTime,
    doneLate,
    notDoneInTime: r.in_progress + r.not_started,
    awaiting: r.awaiting_confirmation + r.awaiting_acceptance,
    overdue: r.overdue + r.overdue_not_started,
    onTimeRate: rate(doneOnTime, r.due),
    doneRate: rate(doneOnTime + doneLate, r.due),
  };
}

function countsOf(r: StatusRow) {
  const { due, ...byStatus } = r;
  return {
    ...byStatus,
    tasksDue: due,
    overdueAll: r.overdue + r.overdue_not_started,
    onTimeRate: rate(r.done_on_time, r.due),
  };
}

/**
 * Most overdue work first (started or not); ties by the lower on-time rate, then by name. Units
 * share a rank only when both the overdue count and the on-time rate are equal (standard
 * competition ranking: 1, 2, 2, 4), so that a province where few units are overdue does not show
 * a column of "1".
 */
export function rankUnits<T extends { overdueAll: number; unitName: string; onTimeRate: number | null }>(
  rows: T[],
) {
  const sorted = [...rows].sort(
    (a, b) =>
      b.overdueAll - a.overdueAll ||
      (a.onTimeRate ?? 101) - (b.onTimeRate ?? 101) ||
      a.unitName.localeCompare(b.unitName, 'vi'),
  );
  return competitionRanks(
    sorted,
    (a, b) => a.overdueAll === b.overdueAll && a.onTimeRate === b.onTimeRate,
  ).map(({ row, rank }) => ({ ...row, rank }));
}

export function presentDashboard(d: DashboardData): DashboardOut {
  const dim = (name: string) => d.commitments.filter((c) => c.dim === name);
  const statusCounts = new Map(dim('status').map((c) => [c.key, c.n]));
  const level = (l: ObstacleLevel, s: string) =>
    d.obstacles.find((o) => o.level === l && o.status === s)?.n ?? 0;
  return {
    period: d.period,
    previousPeriod: d.prev,
    today: d.today,
    ...figuresOf(d.figures.current),
    previous: figuresOf(d.figures.previous),
    overdueOver: {
      d30: d.figures.overdueOver[30] ?? 0,
      d60: d.figures.overdueOver[60] ?? 0,
      d120: d.figures.overdueOver[120] ?? 0,
    },
    obstacles: {
      awaitingLeader: level('leader', 'open'),
      raised: d.obstacles.reduce((s, o) => s + o.raisedCur, 0),
      raisedPrevious: d.obstacles.reduce((s, o) => s + o.raisedPrev, 0),
      byLevel: obstacleLevels.map((l) => ({
        level: l,
        open: level(l, 'open'),
        resolved: level(l, 'resolved'),
      })),
    },
    reportRound: d.rounds.current
      ? {
          id: d.rounds.current.id,
          title: d.rounds.current.title,
          dueOn: d.rounds.current.dueOn,
          required: d.rounds.current.required,
          notSent: d.rounds.current.notSent,
          previous: d.rounds.previous
            ? {
                id: d.rounds.previous.id,
                title: d.rounds.previous.title,
                dueOn: d.rounds.previous.dueOn,
                required: d.rounds.previous.required,
                notSentByDue: d.rounds.previous.notSentByDue,
              }
            : null,
        }
      : null,
    units: rankUnits(
      [...d.units].map(([unitId, u]) => ({
        ...countsOf(u),
        unitId,
        unitName: d.unitInfo.get(unitId)?.name ?? '',
        kind: (d.unitInfo.get(unitId)?.kind ?? 'so') as UnitKindCode,
      })),
    ),
    kinds: kindsOf(d)
      .map(([kind, k]) => ({ ...countsOf(k), kind, label: unitKindLabels[kind] }))
      .sort((a, b) => unitKindOrder[a.kind] - unitKindOrder[b.kind]),
    trend: d.months.map((m) => {
      const t = d.trend.get(m);
      return {
        month: m,
        label: monthLabel(m),
        tasksDue: t?.due ?? 0,
        doneOnTime: t?.done_on_time ?? 0,
        doneLate: t?.done_late ?? 0,
        overdue: (t?.overdue ?? 0) + (t?.overdue_not_started ?? 0),
        onTimeRate: t ? rate(t.done_on_time, t.due) : null,
      };
    }),
    commitments: {
      total: dim('status').reduce((s, c) => s + c.n, 0),
      byCountry: dim('country').map((c) => ({ ...rest(c), label: c.key || 'Chưa xác định' })),
      byField: dim('field').map((c) => ({
        ...rest(c),
        label: commitmentFieldLabels[c.key as keyof typeof commitmentFieldLabels] ?? c.key,
      })),
      byPartner: dim('partner')
        .slice(0, 15)
        .map((c) => ({ ...rest(c), label: c.key || 'Chưa xác định' })),
      byStatus: progressStatuses
        .map((s: ProgressStatus) => ({ key: s, label: statusLabels[s], n: statusCounts.get(s) ?? 0 }))
        .filter((s) => s.n > 0),
    },
    priorities: d.priorities,
  };
}

/** The units' counts summed by kind of unit. */
function kindsOf(d: DashboardData): [UnitKindCode, StatusRow][] {
  const out = new Map<UnitKindCode, StatusRow>();
  for (const [id, u] of d.units) {
    const kind = (d.unitInfo.get(id)?.kind ?? 'so') as UnitKindCode;
    const k = out.get(kind) ?? emptyStatusRow();
    for (const key of Object.keys(k) as (keyof StatusRow)[]) k[key] += u[key];
    out.set(kind, k);
  }
  return [...out];
}

const rest = (c: { key: string; n: number; done: number; overdue: number }) => ({
  key: c.key,
  n: c.n,
  done: c.done,
  overdue: c.overdue,
});

/** Competition ranks (1, 2, 2, 4) of rows already sorted best first, equal when `same` says so. */
function competitionRanks<T>(sorted: T[], same: (a: T, b: T) => boolean) {
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || !same(sorted[i - 1]!, r)) rank = i + 1;
    return { row: r, rank };
  });
}

export function presentScorecard(d: ScorecardData): ScorecardOut {
  const ranked = rankUnits(
    [...d.units].map(([unitId, u]) => ({
      ...countsOf(u),
      unitId,
      unitName: d.names.get(unitId)?.name ?? '',
    })),
  );
  const mine = ranked.find((r) => r.unitId === d.unit.id);
  const sum = (k: 'done_on_time' | 'tasksDue') => ranked.reduce((s, r) => s + r[k], 0);

  // reporting: the share of reports due that were sent on time, best first
  const reportRows = d.reportCounts.map((r) => ({
    id: r.id,
    due: r.on_time + r.late + r.missing,
    onTime: r.on_time,
    rate: rate(r.on_time, r.on_time + r.late + r.missing),
  }));
  const rated = competitionRanks(
    reportRows.filter((r) => r.rate !== null).sort((a, b) => b.rate! - a.rate!),
    (a, b) => a.rate === b.rate,
  );
  const own = d.reportCounts.find((r) => r.id === d.unit.id);
  const ownRate = reportRows.find((r) => r.id === d.unit.id)?.rate ?? null;
  const ownRank = rated.find((r) => r.row.id === d.unit.id)?.rank;
  const reportsDue = reportRows.reduce((s, r) => s + r.due, 0);
  const reportsOnTime = reportRows.reduce((s, r) => s + r.onTime, 0);
  return {
    unit: {
      id: d.unit.id,
      name: d.unit.name,
      kind: d.unit.kind as UnitKindCode,
      kindLabel: unitKindLabels[d.unit.kind as UnitKindCode] ?? d.unit.kind,
    },
    period: d.period,
    today: d.today,
    group: d.groupCode
      ? {
          code: d.groupCode,
          label: unitGroups[d.groupCode].label,
          ranked: ranked.length,
          onTimeRate: rate(sum('done_on_time'), sum('tasksDue')),
          reportRate: rate(reportsOnTime, reportsDue),
        }
      : null,
    tasks: {
      rank: d.groupCode && mine ? mine.rank : null,
      sharedWith: mine ? ranked.filter((r) => r.rank === mine.rank).length : 0,
      overdueAll: mine?.overdueAll ?? 0,
      onTimeRate: mine?.onTimeRate ?? null,
    },
    reports: {
      rounds: own?.rounds ?? 0,
      onTime: own?.on_time ?? 0,
      late: own?.late ?? 0,
      missing: own?.missing ?? 0,
      notDue: own?.not_due ?? 0,
      rate: ownRate,
      rank: d.groupCode ? (ownRank ?? null) : null,
      sharedWith: ownRank === undefined ? 0 : rated.filter((r) => r.rank === ownRank).length,
      of: rated.length,
      items: d.items.map((i) => ({
        ...i,
        status: submissionStatus(i.sentOn, i.dueOn, d.today),
      })),
    },
  };
}
