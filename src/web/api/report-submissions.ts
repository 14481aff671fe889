// A unit's report in a round: read, save the draft (version-checked), workflow steps.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OutlineSection, SubmissionStatus } from '../../shared/report-rounds';
import type { AssignmentStatus } from '../../shared/status';
import type { WorkflowState, WorkflowStep } from '../../shared/workflow';
import { get, patch, post } from './client';

export interface SubmissionItem {
  id: string;
  kind: 'assignment' | 'commitment';
  title: string;
  source: string;
  dueOn: string | null;
  status: AssignmentStatus;
  progress: number;
  product: string | null;
  latestNote: string | null;
  detail: Record<string, unknown>;
  comment: string;
}

export interface Submission {
  id: string;
  round: {
    id: string;
    title: string;
    periodLabel: string;
    periodStart: string;
    periodEnd: string;
    dueOn: string;
    outline: OutlineSection[];
  };
  unit: { id: string; name: string };
  workflow: WorkflowState;
  status: SubmissionStatus;
  version: number;
  narrative: Record<string, string>;
  sentOn: string | null;
  returnReason: string | null;
  items: SubmissionItem[];
  files: { id: string; name: string; size: number; mime: string }[];
  events: { kind: WorkflowStep; note: string | null; actorName: string; at: string }[];
  canEdit: boolean;
  steps: WorkflowStep[];
}

export interface SubmissionPatch {
  version: number;
  narrative?: Record<string, string>;
  comments?: { itemId: string; comment: string }[];
  /** The whole set of attached files. */
  fileIds?: string[];
}

export function useSubmission(id: string | undefined) {
  return useQuery({
    queryKey: ['report-submissions', id],
    queryFn: () => get<Submission>(`/report-submissions/${id}`),
    enabled: Boolean(id),
  });
}

export function useSubmissionMutations(id: string) {
  const qc = useQueryClient();
  const done = (data: Submission) => {
    qc.setQueryData(['report-submissions', id], data);
    qc.invalidateQueries({ queryKey: ['report-rounds'] });
  };
  return {
    save: useMutation({
      mutationFn: (body: SubmissionPatch) => patch<Submission>(`/report-submissions/${id}`, body),
      onSuccess: done,
    }),
    step: useMutation({
      mutationFn: ({ step, text }: { step: WorkflowStep; text?: string }) =>
        post<Submission>(
          `/report-submissions/${id}/${step}`,
          step === 'return' ? { reason: text } : text ? { note: text } : {},
        ),
      onSuccess: done,
    }),
  };
}
