// The overlap review (issue 10): types as /api/overlaps gives them, and its hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OverlapDecision } from '../../shared/overlap';
import { del, get, type ListResult, post } from './client';

export interface OverlapTask {
  id: string;
  title: string;
  documentId: string;
  documentNumber: string;
  documentIssuedOn: string | null;
  leadUnitId: string | null;
  leadUnitName: string | null;
  leadUnitNames: string[];
  leadUnitCount: number;
  dueOn: string | null;
  recurrence: string | null;
  duplicateOfId: string | null;
}

export interface OverlapPair {
  a: string;
  b: string;
  score: number;
  text: number;
  units: number;
  period: number;
}

export interface OverlapGroup {
  id: string;
  score: number;
  status: 'open' | 'settled';
  tasks: OverlapTask[];
  pairs: OverlapPair[];
  decision: {
    decision: OverlapDecision;
    mainTaskId: string | null;
    note: string;
    decidedByName: string | null;
    decidedAt: string;
  } | null;
}

export interface OverlapSummary {
  tasksReviewed: number;
  open: number;
  duplicate: number;
  related: number;
  distinct: number;
  units: {
    unitId: string;
    unitName: string;
    kind: string;
    found: number;
    open: number;
    duplicate: number;
    related: number;
    distinct: number;
  }[];
}

export interface OverlapQuery {
  status: 'open' | 'settled';
  unitId?: string;
  page: number;
  pageSize: number;
}

export const useOverlaps = (q: OverlapQuery) =>
  useQuery({
    queryKey: ['overlaps', q],
    queryFn: () => get<ListResult<OverlapGroup>>('/overlaps', { ...q }),
    placeholderData: keepPreviousData,
  });

export const useOverlapSummary = () =>
  useQuery({ queryKey: ['overlaps', 'summary'], queryFn: () => get<OverlapSummary>('/overlaps/summary') });

export function useDecideOverlap() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      decision: OverlapDecision;
      mainTaskId?: string;
      note?: string;
    }) => post<OverlapGroup>(`/overlaps/${id}/decision`, body),
    onSettled: () => qc.invalidateQueries({ queryKey: ['overlaps'] }),
  });
}

/** Withdraws a decision taken by mistake (Sở Ngoại vụ), with the reason kept in the audit log. */
export function useWithdrawOverlap() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      del<{ ok: true }>(`/overlaps/${id}/decision`, { reason }),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: ['overlaps'] });
      qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
