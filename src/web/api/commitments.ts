// Commitments, activities and obstacles: types and TanStack Query hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActivityKind,
  BudgetSource,
  CommitmentField,
  CommitmentForm,
  CompletionLevel,
  Feasibility,
  LegalCompatibility,
  LegalReportState,
  PartnerKind,
} from '../../shared/commitments';
import type { ObstacleLevel, ObstacleStatus, ObstacleStepKind } from '../../shared/obstacles';
import type { ProgressStatus } from '../../shared/status';
import { api, del, get, type ListResult, patch, post } from './client';

export interface UnitRef {
  id: string;
  code: string;
  name: string;
}

export interface Commitment {
  id: string;
  activityId: string | null;
  activityTitle: string | null;
  title: string;
  form: CommitmentForm;
  partner: string;
  partnerKind: PartnerKind;
  country: string;
  field: CommitmentField;
  content: string;
  signatories: string;
  signedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  validity: string;
  expiringSoon: boolean;
  leadUnitId: string | null;
  leadUnit: UnitRef | null;
  coordinatingUnitIds: string[];
  coordinatingUnits: UnitRef[];
  priority: number | null;
  provinceAgreement: boolean;
  reportedOn: string | null;
  reportRef: string | null;
  legalReportDueOn: string | null;
  legalReport: LegalReportState;
  progress: number;
  atRisk: boolean;
  status: ProgressStatus;
  milestoneCount: number;
  latestReview: {
    id: string;
    reviewedOn: string;
    completionLevel: CompletionLevel;
    feasibility: Feasibility;
    legalCompatibility: LegalCompatibility;
  } | null;
  openObstacles: number;
  plannedVnd: number;
  spentVnd: number;
}

export interface CommitmentQuery {
  q?: string;
  country?: string;
  partner?: string;
  field?: CommitmentField;
  status?: ProgressStatus;
  unitId?: string;
  /** The commitments recorded from one activity. */
  activityId?: string;
  priorityMax?: number;
  expiringWithinDays?: number;
  atRisk?: 'true' | 'false';
  sort?: 'priority' | 'signedOn' | 'expiresOn' | 'progress' | 'title';
  page?: number;
  pageSize?: number;
}

export type CommitmentInput = Partial<
  Pick<
    Commitment,
    | 'activityId'
    | 'title'
    | 'form'
    | 'partner'
    | 'partnerKind'
    | 'country'
    | 'field'
    | 'content'
    | 'signatories'
    | 'signedOn'
    | 'effectiveOn'
    | 'expiresOn'
    | 'validity'
    | 'leadUnitId'
    | 'coordinatingUnitIds'
    | 'provinceAgreement'
    | 'reportedOn'
    | 'reportRef'
  >
>;

export interface Review {
  id: string;
  reviewedOn: string;
  reviewerName: string | null;
  unitName: string | null;
  done: string;
  notDone: string;
  difficulties: string;
  causes: string;
  legalCompatibility: LegalCompatibility;
  legalBasis: string;
  localFit: string;
  feasibility: Feasibility;
  completionLevel: CompletionLevel;
  createdAt: string;
}

export interface Milestone {
  id: string;
  seq: number;
  title: string;
  deliverable: string;
  dueOn: string | null;
  weight: number;
  unitId: string | null;
  unitName: string | null;
  progress: number;
  completedOn: string | null;
  note: string | null;
  overdue: boolean;
}

export interface Resource {
  id: string;
  unitId: string | null;
  unitName: string | null;
  source: BudgetSource;
  staff: number;
  plannedVnd: number;
  spentVnd: number;
  note: string;
}

export interface TimelineItem {
  at: string;
  kind: string;
  title: string;
  detail: string | null;
  actorName: string | null;
}

export interface Activity {
  id: string;
  kind: ActivityKind;
  title: string;
  startOn: string;
  endOn: string | null;
  place: string;
  leaders: string;
  countries: string[];
  summary: string;
  commitmentCount: number;
  documents: {
    id: string;
    number: string;
    type: string;
    issuer: string;
    issuedOn: string | null;
    summary: string;
  }[];
}

export interface ObstacleStep {
  id: string;
  kind: ObstacleStepKind;
  fromLevel: ObstacleLevel | null;
  toLevel: ObstacleLevel;
  text: string;
  responseDueOn: string | null;
  actorName: string;
  at: string;
}

export interface Obstacle {
  id: string;
  subjectType: 'assignment' | 'commitment';
  subjectId: string;
  subjectTitle: string | null;
  commitmentId: string | null;
  unitId: string;
  unitName: string;
  description: string;
  cause: string;
  proposal: string;
  level: ObstacleLevel;
  status: ObstacleStatus;
  responseDueOn: string | null;
  respondedOn: string | null;
  overdue: boolean;
  actionable: boolean;
  /** Where it stands and who acts next, in words. */
  nextStep: string;
  resolution: string | null;
  resolvedOn: string | null;
  raisedOn: string;
  raisedByName: string | null;
  steps?: ObstacleStep[];
}

export interface ObstacleQuery {
  status?: ObstacleStatus;
  level?: ObstacleLevel;
  waiting?: 'me';
  overdue?: 'true';
  subjectId?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

const key = ['commitments'] as const;

// ---- commitments ------------------------------------------------------------------------------

export const useCommitments = (q: CommitmentQuery) =>
  useQuery({
    queryKey: [...key, 'list', q],
    queryFn: () => get<ListResult<Commitment>>('/commitments', { ...q }),
    placeholderData: keepPreviousData,
  });

export const useCommitment = (id: string | undefined) =>
  useQuery({
    queryKey: [...key, 'one', id],
    queryFn: () => get<Commitment>(`/commitments/${id}`),
    enabled: !!id,
  });

export const useCommitmentFilters = () =>
  useQuery({
    queryKey: [...key, 'filters'],
    queryFn: () => get<{ countries: string[]; partners: string[] }>('/commitments/filters'),
  });

export const useCountrySummary = () =>
  useQuery({
    queryKey: [...key, 'countries'],
    queryFn: () =>
      get<
        {
          country: string;
          commitments: number;
          done: number;
          atRisk: number;
          averageProgress: number;
          openObstacles: number;
          plannedVnd: number;
          spentVnd: number;
        }[]
      >('/commitments/summary/countries'),
  });

export const useResourceTotals = (by: 'unit' | 'field' | 'source') =>
  useQuery({
    queryKey: [...key, 'resources', by],
    queryFn: () =>
      get<
        {
          key: string;
          label: string;
          staff: number;
          plannedVnd: number;
          spentVnd: number;
          commitments: number;
        }[]
      >('/commitments/summary/resources', { by }),
  });

function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    qc.invalidateQueries({ queryKey: key });
    qc.invalidateQueries({ queryKey: ['obstacles'] });
    qc.invalidateQueries({ queryKey: ['activities'] });
  };
}

export function useSaveCommitment() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CommitmentInput }) =>
      id ? patch<Commitment>(`/commitments/${id}`, body) : post<Commitment>('/commitments', body),
    onSuccess: invalidate,
  });
}

export function useDeleteCommitment() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => del(`/commitments/${id}`), onSuccess: invalidate });
}

export function useReorder() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (ids: string[]) => api<{ ok: true }>('PUT', '/commitments/priority', { ids }),
    onSuccess: invalidate,
  });
}

// ---- reviews, milestones, resources, timeline -------------------------------------------------

export const useReviews = (id: string) =>
  useQuery({
    queryKey: [...key, 'one', id, 'reviews'],
    queryFn: () => get<Review[]>(`/commitments/${id}/reviews`),
  });
export const useMilestones = (id: string) =>
  useQuery({
    queryKey: [...key, 'one', id, 'milestones'],
    queryFn: () => get<Milestone[]>(`/commitments/${id}/milestones`),
  });
export const useResources = (id: string) =>
  useQuery({
    queryKey: [...key, 'one', id, 'resources'],
    queryFn: () => get<Resource[]>(`/commitments/${id}/resources`),
  });
export const useTimeline = (id: string) =>
  useQuery({
    queryKey: [...key, 'one', id, 'timeline'],
    queryFn: () => get<TimelineItem[]>(`/commitments/${id}/timeline`),
  });

export function useCommitmentAction<B>(id: string, method: 'POST' | 'PATCH' | 'DELETE', path: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: B) => api(method, `/commitments/${id}${path}`, method === 'DELETE' ? undefined : body),
    onSuccess: invalidate,
  });
}

// ---- activities ---------------------------------------------------------------------------------

export const useActivities = (q: { q?: string; page?: number; pageSize?: number; kind?: string }) =>
  useQuery({
    queryKey: ['activities', q],
    queryFn: () => get<ListResult<Activity>>('/activities', { ...q }),
    placeholderData: keepPreviousData,
  });

export function useSaveActivity() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Record<string, unknown> }) =>
      id ? patch<Activity>(`/activities/${id}`, body) : post<Activity>('/activities', body),
    onSuccess: invalidate,
  });
}

// ---- obstacles ----------------------------------------------------------------------------------

export const useObstacles = (q: ObstacleQuery) =>
  useQuery({
    queryKey: ['obstacles', 'list', q],
    queryFn: () => get<ListResult<Obstacle>>('/obstacles', { ...q }),
    placeholderData: keepPreviousData,
  });

export const useObstacle = (id: string | null) =>
  useQuery({
    queryKey: ['obstacles', 'one', id],
    queryFn: () => get<Obstacle>(`/obstacles/${id}`),
    enabled: !!id,
  });

export function useRaiseObstacle() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: {
      subjectType: 'commitment' | 'assignment';
      subjectId: string;
      description: string;
      cause?: string;
      proposal?: string;
    }) => post<Obstacle>('/obstacles', body),
    onSuccess: invalidate,
  });
}

export function useObstacleAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      id,
      action,
      body,
    }: {
      id: string;
      action: 'escalate' | 'respond' | 'decide' | 'resolve';
      body: Record<string, unknown>;
    }) => post<Obstacle>(`/obstacles/${id}/${action}`, body),
    onSuccess: invalidate,
  });
}
