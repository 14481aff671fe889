// The dashboard: the reader's scope (a unit's people see their unit's figures only), the period
// and its predecessor, then every chart's aggregate; the presenter turns counts into figures.
import dayjs from 'dayjs';
import { overdueBuckets, previousPeriod, resolvePeriod, trendMonths } from '../../../shared/dashboard.js';
import { groupOfKind, type UnitKindCode, unitGroups } from '../../../shared/units.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { coalescer } from '../../lib/coalesce.js';
import { AppError } from '../../lib/errors.js';
import * as submissions from '../report-submissions/repo.js';
import { dashboardPolicy } from './policy.js';
import * as repo from './repo.js';
import type { DashboardQuery, ScorecardQuery } from './schema.js';

const MAX_DAYS = 3660;
const PRIORITIES = 10;

const shared = coalescer<DashboardData>();

/**
 * The dashboard of the reader's scope and filters; readers asking for the same one while it is
 * being computed share that computation (lib/coalesce.ts).
 */
export async function loadDashboard(
  db: Db,
  actor: Actor,
  q: DashboardQuery,
  today: string,
): Promise<DashboardData> {
  const scope = dashboardPolicy.unitOf(actor, q.unitId);
  const key = JSON.stringify([scope, q.documentId, q.group, q.from, q.to, today]);
  return shared(db, key, () => computeDashboard(db, scope, q, today));
}

/** The period asked for, refused when it ends before it starts or spans more than ten years. */
function periodOf(q: { from?: string; to?: string }, today: string) {
  const period = resolvePeriod(q, today);
  const days = dayjs(period.to).diff(dayjs(period.from), 'day');
  if (days < 0 || days > MAX_DAYS) throw new AppError('DASHBOARD_PERIOD_INVALID');
  return period;
}

async function computeDashboard(db: Db, scope: string | null, q: DashboardQuery, today: string) {
  const period = periodOf(q, today);
  const documentNumber = q.documentId ? await repo.documentNumber(db, q.documentId) : null;
  if (q.documentId && !documentNumber) throw new AppError('DOCUMENT_NOT_FOUND');
  const unit = q.unitId ? (await repo.unitsById(db, [q.unitId])).get(q.unitId) : undefined;
  if (q.unitId && !unit) throw new AppError('UNIT_NOT_FOUND');
  const prev = previousPeriod(period);
  const filter: repo.DashboardFilter = {
    scope,
    documentId: q.documentId,
    kinds: q.group ? unitGroups[q.group as keyof typeof unitGroups].kinds : undefined,
  };
  const months = trendMonths(period.to);
  const trendFrom = `${months[0]}-01`;
  const trendTo = dayjs(`${months.at(-1)}-01`)
    .endOf('month')
    .format('YYYY-MM-DD');
  const trendPeriod = { from: trendFrom, to: trendTo };
  const [groups, commitments, priorities, obstacles, rounds] = await Promise.all([
    repo.statusGroups(db, filter, { cur: period, prev, trend: trendPeriod, buckets: overdueBuckets }, today),
    repo.commitmentCounts(db, filter.scope, today, q.documentId),
    repo.priorityProgress(db, filter.scope, today, PRIORITIES, q.documentId),
    repo.obstacleCounts(db, filter, period, prev),
    repo.reportRoundCounts(db, filter),
  ]);
  const counted = tally(groups);
  const unitInfo = await repo.unitsById(db, [...counted.units.keys()]);
  return {
    period,
    prev,
    today,
    months,
    documentNumber,
    unitName: unit?.name ?? null,
    ...counted,
    unitInfo,
    commitments,
    priorities,
    obstacles,
    rounds,
  };
}

/**
 * A unit's place among the units of its group, ranked as the dashboard ranks them over the same
 * period and programme, and its reporting record across the rounds whose cut-off falls in the
 * period, with its rank by on-time reporting.
 */
export async function unitScorecard(db: Db, actor: Actor, unitId: string, q: ScorecardQuery, today: string) {
  dashboardPolicy.unitOf(actor, unitId);
  const unit = (await repo.unitsById(db, [unitId])).get(unitId);
  if (!unit) throw new AppError('UNIT_NOT_FOUND');
  const period = periodOf(q, today);
  if (q.documentId && !(await repo.documentNumber(db, q.documentId)))
    throw new AppError('DOCUMENT_NOT_FOUND');
  const groupCode = groupOfKind(unit.kind as UnitKindCode);
  const kinds: readonly string[] = groupCode ? unitGroups[groupCode].kinds : [unit.kind];
  // the group's counts are the same for every unit of it: pages opened together share them
  const key = JSON.stringify([kinds, q.documentId, period.from, period.to, today]);
  const [group, items] = await Promise.all([
    sharedGroups(db, key, () => groupCounts(db, kinds, q.documentId, period, today)),
    submissions.submissionsOfUnit(db, unitId, { from: period.from, to: period.to, limit: 24 }),
  ]);
  return { unit: { id: unitId, ...unit }, period, today, groupCode, ...group, items };
}
export type ScorecardData = Awaited<ReturnType<typeof unitScorecard>>;

/** Every unit of the group: its task counts in the period and its reporting across rounds. */
async function groupCounts(
  db: Db,
  kinds: readonly string[],
  documentId: string | undefined,
  period: { from: string; to: string },
  today: string,
) {
  const span = { cur: period, prev: period, trend: period, buckets: overdueBuckets };
  const [groups, reportCounts] = await Promise.all([
    repo.statusGroups(db, { scope: null, documentId, kinds }, span, today),
    submissions.onTimeCounts(db, today, { kinds, from: period.from, to: period.to }),
  ]);
  const { units } = tally(groups);
  const names = await repo.unitsById(db, [...units.keys()]);
  return { units, names, reportCounts };
}
const sharedGroups = coalescer<Awaited<ReturnType<typeof groupCounts>>>();

/** The scan's groups summed into the period figures, the overdue buckets, per unit and per month. */
function tally(groups: repo.StatusGroup[]) {
  const current = repo.emptyStatusRow();
  const previous = repo.emptyStatusRow();
  const overdueOver: Record<number, number> = Object.fromEntries(overdueBuckets.map((d) => [d, 0]));
  const units = new Map<string, repo.StatusRow>();
  const trend = new Map<string, repo.StatusRow>();
  for (const g of groups) {
    if (g.set === 'period') {
      repo.addTo(g.per === 'cur' ? current : previous, g);
      // overdue more than 120 days is also more than 60 and 30
      if (g.per === 'cur') for (const d of overdueBuckets) if (g.age >= d) overdueOver[d]! += g.n;
    } else if (g.set === 'unit') {
      if (g.per !== 'cur' || !g.unitId) continue;
      if (!units.has(g.unitId)) units.set(g.unitId, repo.emptyStatusRow());
      repo.addTo(units.get(g.unitId)!, g);
    } else if (g.month) {
      if (!trend.has(g.month)) trend.set(g.month, repo.emptyStatusRow());
      repo.addTo(trend.get(g.month)!, g);
    }
  }
  return { figures: { current, previous, overdueOver }, units, trend };
}
export type DashboardData = Awaited<ReturnType<typeof computeDashboard>>;
