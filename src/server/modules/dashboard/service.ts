// The dashboard: the reader's scope (a unit's people see their unit's figures only), the period
// and its predecessor, then every chart's aggregate; the presenter turns counts into figures.
import dayjs from 'dayjs';
import { overdueBuckets, previousPeriod, resolvePeriod, trendMonths } from '../../../shared/dashboard.js';
import { unitGroups } from '../../../shared/units.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { coalescer } from '../../lib/coalesce.js';
import { AppError } from '../../lib/errors.js';
import { dashboardPolicy } from './policy.js';
import * as repo from './repo.js';
import type { DashboardQuery } from './schema.js';

const MAX_DAYS = 3660;
const PRIORITIES = 10;

const shared = coalescer<DashboardData>();

/**
 * The dashboard of the reader's scope and filters; readers asking for the same one while it is
 * being computed share that computation (lib/coalesce.ts).
 */
export function loadDashboard(
  db: Db,
  actor: Actor,
  q: DashboardQuery,
  today: string,
): Promise<DashboardData> {
  const key = JSON.stringify([dashboardPolicy.scope(actor), q.documentId, q.group, q.from, q.to, today]);
  return shared(db, key, () => computeDashboard(db, actor, q, today));
}

async function computeDashboard(db: Db, actor: Actor, q: DashboardQuery, today: string) {
  const period = resolvePeriod(q, today);
  const days = dayjs(period.to).diff(dayjs(period.from), 'day');
  if (days < 0 || days > MAX_DAYS) throw new AppError('DASHBOARD_PERIOD_INVALID');
  const documentNumber = q.documentId ? await repo.documentNumber(db, q.documentId) : null;
  if (q.documentId && !documentNumber) throw new AppError('DOCUMENT_NOT_FOUND');
  const prev = previousPeriod(period);
  const filter: repo.DashboardFilter = {
    scope: dashboardPolicy.scope(actor),
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
    ...counted,
    unitInfo,
    commitments,
    priorities,
    obstacles,
    rounds,
  };
}

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
