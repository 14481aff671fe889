// Annual plans (issue 10): types as /api/annual-plans gives them, and their hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlanField } from '../../shared/annual-plan';
import type { ClarityElement } from '../../shared/clarity';
import { get, post } from './client';

export interface PlanTask {
  id: string;
  title: string;
  documentId: string;
  documentNumber: string;
  leadNames: string[];
  coordinatingNames: string[];
  dueOn: string | null;
  recurrence: string | null;
  product: string | null;
  authority: string | null;
  missing: ClarityElement[];
  carried: boolean;
}

export interface PlanSummary {
  id: string;
  year: number;
  documents: { id: string; number: string; type: string; issuer: string; issuedOn: string | null }[];
  status: 'draft' | 'issued';
  number: string | null;
  issuedOn: string | null;
  documentId: string | null;
  createdAt: string;
}

export interface Plan extends PlanSummary {
  counts: { tasks: number; carried: number; incomplete: number };
  fields: { field: PlanField; label: string; tasks: PlanTask[] }[];
  carried: PlanTask[];
}

export type OutlookTask = Omit<PlanTask, 'carried' | 'missing'>;
export interface Outlook {
  years: { year: number; tasks: OutlookTask[] }[];
  recurring: OutlookTask[];
  undated: OutlookTask[];
  unfinishedBefore: OutlookTask[];
}

export const usePlans = () =>
  useQuery({ queryKey: ['annual-plans'], queryFn: () => get<{ items: PlanSummary[] }>('/annual-plans') });

export const usePlan = (id: string) =>
  useQuery({ queryKey: ['annual-plans', id], queryFn: () => get<Plan>(`/annual-plans/${id}`) });

export const useOutlook = (documentIds: string[], from = 2026, to = 2030) =>
  useQuery({
    queryKey: ['annual-plans', 'outlook', documentIds, from, to],
    queryFn: () => get<Outlook>('/annual-plans/outlook', { documentIds, from, to }),
    enabled: documentIds.length > 0,
  });

export function useCreatePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { year: number; documentIds: string[] }) => post<Plan>('/annual-plans', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['annual-plans'] }),
  });
}

export function useIssuePlan(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { number: string; issuedOn: string; signer?: string }) =>
      post<Plan>(`/annual-plans/${id}/issue`, body),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['annual-plans'] }),
        qc.invalidateQueries({ queryKey: ['documents'] }),
        qc.invalidateQueries({ queryKey: ['tasks'] }),
      ]),
  });
}
