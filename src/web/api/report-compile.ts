// The compiled report of a round (báo cáo tổng hợp): its draft, saving and rewriting it, the
// files produced from it and kept with the round.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put } from './client';

export interface ReportDraft {
  version: number;
  summary: string;
  intro: string;
  statistics: string;
  reporting: string;
  sections: { key: string; title: string; text: string }[];
  closing: string;
  edited: boolean;
  generatedAt: string;
}

export interface DraftPut {
  version: number;
  regenerate?: boolean;
  summary?: string;
  intro?: string;
  statistics?: string;
  reporting?: string;
  sections?: { key: string; text: string }[];
  closing?: string;
}

export type OutputKind = 'report' | 'annex' | 'letter';

export interface ReportOutput {
  id: string;
  kind: OutputKind;
  version: number;
  fileId: string;
  fileName: string;
  size: number;
  createdAt: string;
}

const draftKey = (id: string | undefined) => ['report-rounds', 'draft', id];
const outputsKey = (id: string | undefined) => ['report-rounds', 'outputs', id];

export function useReportDraft(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: draftKey(id),
    queryFn: () => get<ReportDraft>(`/report-rounds/${id}/report-draft`),
    enabled: Boolean(id) && enabled,
  });
}

export function useReportOutputs(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: outputsKey(id),
    queryFn: () => get<{ items: ReportOutput[]; total: number }>(`/report-rounds/${id}/outputs`),
    enabled: Boolean(id) && enabled,
  });
}

export function useCompileMutations(id: string) {
  const qc = useQueryClient();
  return {
    save: useMutation({
      mutationFn: (body: DraftPut) => put<ReportDraft>(`/report-rounds/${id}/report-draft`, body),
      onSuccess: (data) => {
        qc.setQueryData(draftKey(id), data);
        qc.invalidateQueries({ queryKey: ['audit'] });
      },
    }),
    produce: useMutation({
      mutationFn: (kind: OutputKind) =>
        post<{ items: ReportOutput[]; total: number }>(`/report-rounds/${id}/outputs`, { kind }),
      onSuccess: (data) => {
        qc.setQueryData(outputsKey(id), data);
        qc.invalidateQueries({ queryKey: ['audit'] });
      },
    }),
  };
}
