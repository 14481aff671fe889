// The dashboard: the reader's scope (a unit's people see their unit's figures only), the period
// and its predecessor, then every chart's aggregate; the presenter turns counts into figures.
import dayjs from 'dayjs';
import { overdueBuckets, previousPeriod, resolvePeriod, trendMonths } from '../../../shared/dashboard.js';
import { unitGroups } from '../../../shared/units.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { dashboardPolicy } from './policy.js';
import * as repo from './repo.js';
import type { DashboardQuery } from './schema.js';

const MAX_DAYS = 3660;
const PRIORITIES = 10;

export async function loadDashboard(db: Db, actor: Actor, q: DashboardQuery, today: string) {
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
  const [figures, unitRows, trend, commitments, priorities, obstacles] = await Promise.all([
    repo.figures(db, filter, period, prev, overdueBuckets, today),
    repo.unitCounts(db, filter, period, today),
    repo.monthlyTrend(db, filter, trendFrom, trendTo, today),
    repo.commitmentCounts(db, filter.scope, today),
    repo.priorityProgress(db, filter.scope, today, PRIORITIES),
    repo.obstacleCounts(db, filter, period, prev),
  ]);
  return {
    period,
    prev,
    today,
    months,
    documentNumber,
    figures,
    unitRows,
    trend,
    commitments,
    priorities,
    obstacles,
  };
}
export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;
