// API shapes of the leaders' dashboard and of a unit's scorecard.
import { z } from 'zod';
import { obstacleLevels } from '../../../shared/obstacles.js';
import { submissionStatuses } from '../../../shared/report-rounds.js';
import { assignmentStatuses, progressStatuses } from '../../../shared/status.js';
import { unitGroupCodes } from '../../../shared/units.js';
import { unitKinds } from '../../db/schema/units.js';
import { isoDate } from '../../lib/http.js';

export const dashboardQuery = z.strictObject({
  /** A programme: this document and every document implementing it. */
  documentId: z.uuid().optional(),
  /** The period: work whose deadline falls between these days (default: this calendar year). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  group: z.enum(unitGroupCodes as [string, ...string[]]).optional(),
  /** One unit's figures (a unit's people may ask for their own unit only). */
  unitId: z.uuid().optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

/** A unit's scorecard: the programme and the period, as the dashboard takes them. */
export const scorecardQuery = dashboardQuery.pick({ documentId: true, from: true, to: true });
export type ScorecardQuery = z.infer<typeof scorecardQuery>;

export const dashboardCharts = [
  'figures',
  'units',
  'kinds',
  'trend',
  'commitments',
  'priorities',
  'obstacles',
] as const;
export const dashboardExportQuery = dashboardQuery.extend({ chart: z.enum(dashboardCharts) });

const int = z.number().int();

/** The 1270/BC figures over work whose deadline falls in a period. */
export const figuresOut = z.object({
  /** Work with its deadline in the period. */
  total: int,
  /** Of it, come due by today or already done. */
  tasksDue: int,
  doneOnTime: int,
  doneLate: int,
  /** Not done and still within its deadline. */
  notDoneInTime: int,
  /** A product waiting for the unit's head or for Sở Ngoại vụ (not done until accepted). */
  awaiting: int,
  /** Not done and past its deadline, started or not. */
  overdue: int,
  /** doneOnTime / tasksDue in per cent, one decimal; null when nothing is due. */
  onTimeRate: z.number().nullable(),
  /** (doneOnTime + doneLate) / tasksDue. */
  doneRate: z.number().nullable(),
});

export const statusCountsOut = z.object({
  total: int,
  tasksDue: int,
  /** One count per status of shared/status.ts. */
  ...(Object.fromEntries(assignmentStatuses.map((s) => [s, int])) as Record<
    (typeof assignmentStatuses)[number],
    typeof int
  >),
  /** overdue + overdue_not_started: what the ranking counts. */
  overdueAll: int,
  onTimeRate: z.number().nullable(),
});

export const dashboardOut = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  previousPeriod: z.object({ from: z.string(), to: z.string() }),
  today: z.string(),
  ...figuresOut.shape,
  previous: figuresOut,
  /** Overdue more than 30, 60, 120 days. */
  overdueOver: z.object({ d30: int, d60: int, d120: int }),
  obstacles: z.object({
    /** Open obstacles held by UBND tỉnh's leaders. */
    awaitingLeader: int,
    raised: int,
    raisedPrevious: int,
    byLevel: z.array(z.object({ level: z.enum(obstacleLevels), open: int, resolved: int })),
  }),
  /**
   * Units that have not reported in the open report round (the latest opened; null: none open),
   * and in the round before it, those that had not reported by its deadline.
   */
  reportRound: z
    .object({
      id: z.uuid(),
      title: z.string(),
      dueOn: z.string(),
      required: int,
      notSent: int,
      previous: z
        .object({ id: z.uuid(), title: z.string(), dueOn: z.string(), required: int, notSentByDue: int })
        .nullable(),
    })
    .nullable(),
  /** One row per unit with work in the period, ranked by overdue count. */
  units: z.array(
    statusCountsOut.extend({ unitId: z.uuid(), unitName: z.string(), kind: z.enum(unitKinds), rank: int }),
  ),
  /** The same counts per kind of unit (sở, ban ngành, phường, xã). */
  kinds: z.array(statusCountsOut.extend({ kind: z.enum(unitKinds), label: z.string() })),
  /** 24 months ending with the period's last month. */
  trend: z.array(
    z.object({
      month: z.string(),
      label: z.string(),
      tasksDue: int,
      doneOnTime: int,
      doneLate: int,
      overdue: int,
      onTimeRate: z.number().nullable(),
    }),
  ),
  commitments: z.object({
    total: int,
    byCountry: z.array(z.object({ key: z.string(), label: z.string(), n: int, done: int, overdue: int })),
    byField: z.array(z.object({ key: z.string(), label: z.string(), n: int, done: int, overdue: int })),
    byPartner: z.array(z.object({ key: z.string(), label: z.string(), n: int, done: int, overdue: int })),
    byStatus: z.array(z.object({ key: z.enum(progressStatuses), label: z.string(), n: int })),
  }),
  priorities: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      partner: z.string(),
      country: z.string(),
      priority: int,
      progress: int,
      status: z.enum(progressStatuses),
      milestones: int,
    }),
  ),
});
export type DashboardOut = z.infer<typeof dashboardOut>;

/**
 * What the unit's page shows beside its own dashboard figures (GET /api/dashboard?unitId=): its
 * place among the units of its group, as the dashboard's ranking places it, and its reporting
 * record across report rounds.
 */
export const scorecardOut = z.object({
  unit: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(unitKinds), kindLabel: z.string() }),
  period: z.object({ from: z.string(), to: z.string() }),
  today: z.string(),
  /** The units it is ranked among (null for the province's own bodies, which are not ranked). */
  group: z
    .object({
      code: z.enum(unitGroupCodes as [string, ...string[]]),
      label: z.string(),
      /** Units of the group with work due in the period. */
      ranked: int,
      /** The group's on-time share of work come due, in %. */
      onTimeRate: z.number().nullable(),
      /** The group's reporting on time across rounds, in %. */
      reportRate: z.number().nullable(),
    })
    .nullable(),
  tasks: z.object({
    /** As the dashboard ranks (most overdue first; 1 = most overdue); null: no work in the period. */
    rank: int.nullable(),
    /** Units sharing that rank (1: it alone). */
    sharedWith: int,
    overdueAll: int,
    onTimeRate: z.number().nullable(),
  }),
  reports: z.object({
    rounds: int,
    onTime: int,
    late: int,
    missing: int,
    notDue: int,
    /** On time over the reports due, in %; null when none was due. */
    rate: z.number().nullable(),
    /** Among the group by that rate (1 = best); null when no report was due. */
    rank: int.nullable(),
    /** Units of the group sharing that rank (1: it alone). */
    sharedWith: int,
    /** Units of the group with a report due. */
    of: int,
    /** The unit's reports, latest round first. */
    items: z.array(
      z.object({
        submissionId: z.uuid(),
        roundId: z.uuid(),
        title: z.string(),
        periodEnd: z.string(),
        dueOn: z.string(),
        sentOn: z.string().nullable(),
        workflow: z.string(),
        status: z.enum(submissionStatuses),
      }),
    ),
  }),
});
export type ScorecardOut = z.infer<typeof scorecardOut>;
