// Report rounds (kỳ báo cáo): the list with counts, one round, its units' submissions, opening one.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PeriodKind, PeriodStyle } from '../../shared/periods';
import type { RoundStatus, SubmissionStatus } from '../../shared/report-rounds';
import type { UnitGroupCode } from '../../shared/units';
import type { WorkflowState } from '../../shared/workflow';
import { get, patch, post } from './client';

export interface RoundCounts {
  required: number;
  submitted: number;
  accepted: number;
  returned: number;
  onTime: number;
  late: number;
  missing: number;
  notDue: number;
}

export interface Round extends RoundCounts {
  id: string;
  title: string;
  kind: PeriodKind;
  periodStart: string;
  periodEnd: string;
  periodLabel: string;
  dueOn: string;
  reportDueOn: string | null;
  includeCommitments: boolean;
  documents: { id: string; number: string; summary: string }[];
  status: RoundStatus;
  openedOn: string;
  scheduleId: string | null;
  mySubmissionId: string | null;
}

export interface SubmissionRow {
  id: string;
  unit: { id: string; name: string; kind: string };
  workflow: WorkflowState;
  status: SubmissionStatus;
  sentOn: string | null;
  acceptedAt: string | null;
  returnReason: string | null;
  items: number;
}

export function useRounds(query: { status?: RoundStatus; page?: number; pageSize?: number }) {
  return useQuery({
    queryKey: ['report-rounds', 'list', query],
    queryFn: () => get<{ items: Round[]; total: number }>('/report-rounds', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useRound(id: string | undefined) {
  return useQuery({
    queryKey: ['report-rounds', 'one', id],
    queryFn: () => get<Round>(`/report-rounds/${id}`),
    enabled: Boolean(id),
  });
}

export function useRoundSubmissions(id: string | undefined, status?: SubmissionStatus) {
  return useQuery({
    queryKey: ['report-rounds', 'submissions', id, status],
    queryFn: () =>
      get<{ items: SubmissionRow[]; total: number }>(`/report-rounds/${id}/submissions`, { status }),
    enabled: Boolean(id),
  });
}

export interface CreateRoundBody {
  title: string;
  kind: PeriodKind;
  style: PeriodStyle;
  periodStart: string;
  periodEnd: string;
  dueOn?: string;
  dueWorkingDays?: number;
  reportDueOn?: string;
  documentIds: string[];
  includeCommitments: boolean;
  groups: UnitGroupCode[];
  unitIds: string[];
  namesText?: string;
  allWithWork: boolean;
  /** Open the next rounds by themselves at each cut-off of these kinds. */
  repeat?: { kinds: Exclude<PeriodKind, 'ad_hoc'>[] };
}

export interface CreatedRound extends Round {
  /** Pasted names that match no unit. */
  unmatched: string[];
  /** Pre-filled lines across every unit's report. */
  items: number;
}

export function useCreateRound() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoundBody) => post<CreatedRound>('/report-rounds', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['report-rounds'] }),
  });
}

export interface Schedule {
  id: string;
  titleTemplate: string;
  nextTitle: string | null;
  kinds: PeriodKind[];
  style: PeriodStyle;
  dueWorkingDays: number;
  reportDueWorkingDays: number | null;
  includeCommitments: boolean;
  groups: string[];
  documents: { id: string; number: string; summary: string }[];
  units: number;
  active: boolean;
  lastPeriodEnd: string;
  nextOpensOn: string | null;
  nextPeriodLabel: string | null;
  lastError: string | null;
  lastErrorOn: string | null;
  rounds: number;
}

export function useSchedules(enabled: boolean) {
  return useQuery({
    queryKey: ['report-rounds', 'schedules'],
    queryFn: () => get<{ items: Schedule[]; total: number }>('/report-schedules'),
    enabled,
  });
}

export function useUpdateSchedule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; active?: boolean; dueWorkingDays?: number }) =>
      patch<Schedule>(`/report-schedules/${id}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['report-rounds', 'schedules'] }),
  });
}
