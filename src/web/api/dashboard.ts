// The leaders' dashboard (issue 10): types as GET /api/dashboard gives them and its query hook.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ObstacleLevel } from '../../shared/obstacles';
import type { SubmissionStatus } from '../../shared/report-rounds';
import type { AssignmentStatus, ProgressStatus } from '../../shared/status';
import type { UnitGroupCode, UnitKindCode } from '../../shared/units';
import type { WorkflowState } from '../../shared/workflow';
import { get } from './client';

export interface DashboardQuery {
  documentId?: string;
  from?: string;
  to?: string;
  group?: UnitGroupCode;
  /** One unit's figures (its scorecard page). */
  unitId?: string;
}

export interface Figures {
  total: number;
  tasksDue: number;
  doneOnTime: number;
  doneLate: number;
  notDoneInTime: number;
  /** Waiting for the unit's head or for Sở Ngoại vụ. */
  awaiting: number;
  /** Started or not. */
  overdue: number;
  onTimeRate: number | null;
  doneRate: number | null;
}

export type StatusCountRow = {
  total: number;
  tasksDue: number;
  /** overdue + overdue_not_started */
  overdueAll: number;
  onTimeRate: number | null;
} & Record<AssignmentStatus, number>;

export interface CountRow {
  key: string;
  label: string;
  n: number;
  done: number;
  overdue: number;
}

export interface Dashboard extends Figures {
  period: { from: string; to: string };
  previousPeriod: { from: string; to: string };
  today: string;
  previous: Figures;
  overdueOver: { d30: number; d60: number; d120: number };
  obstacles: {
    awaitingLeader: number;
    raised: number;
    raisedPrevious: number;
    byLevel: { level: ObstacleLevel; open: number; resolved: number }[];
  };
  /** Units that have not reported in the open report round; the previous round by its deadline. */
  reportRound: {
    id: string;
    title: string;
    dueOn: string;
    required: number;
    notSent: number;
    previous: { id: string; title: string; dueOn: string; required: number; notSentByDue: number } | null;
  } | null;
  units: (StatusCountRow & { unitId: string; unitName: string; kind: UnitKindCode; rank: number })[];
  kinds: (StatusCountRow & { kind: UnitKindCode; label: string })[];
  trend: {
    month: string;
    label: string;
    tasksDue: number;
    doneOnTime: number;
    doneLate: number;
    overdue: number;
    onTimeRate: number | null;
  }[];
  commitments: {
    total: number;
    byCountry: CountRow[];
    byField: CountRow[];
    byPartner: CountRow[];
    byStatus: { key: ProgressStatus; label: string; n: number }[];
  };
  priorities: {
    id: string;
    title: string;
    partner: string;
    country: string;
    priority: number;
    progress: number;
    status: ProgressStatus;
    milestones: number;
  }[];
}

export const dashboardCharts = [
  'figures',
  'units',
  'kinds',
  'trend',
  'commitments',
  'priorities',
  'obstacles',
] as const;
export type DashboardChart = (typeof dashboardCharts)[number];

export const useDashboard = (q: DashboardQuery) =>
  useQuery({
    queryKey: ['dashboard', q],
    queryFn: () => get<Dashboard>('/dashboard', { ...q }),
    placeholderData: keepPreviousData,
  });

/** GET /api/units/{id}/scorecard: the unit's place in its group and its reporting record. */
export interface Scorecard {
  unit: { id: string; name: string; kind: UnitKindCode; kindLabel: string };
  period: { from: string; to: string };
  today: string;
  group: {
    code: UnitGroupCode;
    label: string;
    ranked: number;
    onTimeRate: number | null;
    reportRate: number | null;
  } | null;
  tasks: { rank: number | null; sharedWith: number; overdueAll: number; onTimeRate: number | null };
  reports: {
    rounds: number;
    onTime: number;
    late: number;
    missing: number;
    notDue: number;
    rate: number | null;
    rank: number | null;
    sharedWith: number;
    of: number;
    items: {
      submissionId: string;
      roundId: string;
      title: string;
      periodEnd: string;
      dueOn: string;
      sentOn: string | null;
      workflow: WorkflowState;
      status: SubmissionStatus;
    }[];
  };
}

export const useScorecard = (unitId: string, q: Pick<DashboardQuery, 'documentId' | 'from' | 'to'>) =>
  useQuery({
    queryKey: ['scorecard', unitId, q],
    queryFn: () => get<Scorecard>(`/units/${unitId}/scorecard`, { ...q }),
    placeholderData: keepPreviousData,
  });
