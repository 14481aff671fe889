// Document intake: read a directive (pasted text or an uploaded file) into a draft, save the
// reviewed draft in one step.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Extraction } from '../../shared/intake/types';
import type { UnitGroupCode } from '../../shared/units';
import { api, post } from './client';

export interface IntakeLinks {
  citedDocumentIds: (string | null)[];
  unitIds: Record<string, string>;
  groupCodes: (UnitGroupCode | null)[];
  focalUnitIds: string[];
}
export type IntakeExtraction = Extraction & { links: IntakeLinks };

export interface IntakeSaveBody {
  document: {
    number: string;
    type?: string;
    issuer: string;
    issuedOn: string;
    summary: string;
    signer?: string | null;
    signingAuthority?: string | null;
  };
  citedDocuments: { number: string; date?: string | null; issuer?: string | null }[];
  sourceText?: string | null;
  tasks: {
    title: string;
    dueOn?: string | null;
    recurrence?: string | null;
    unitIds: string[];
    coordinatorUnitIds: string[];
    groups: UnitGroupCode[];
  }[];
}

export interface IntakeSaveResult {
  documentId: string;
  taskIds: string[];
  assignmentCount: number;
  citesIds: string[];
  unlinkedCitations: string[];
}

/** Reads pasted text or an uploaded .docx/.pdf/.txt; saves nothing. */
export function useExtract() {
  return useMutation({
    mutationFn: (input: { text: string } | { file: File }) => {
      if ('file' in input) {
        const form = new FormData();
        form.append('file', input.file);
        return api<IntakeExtraction>('POST', '/intake/extract', form);
      }
      return post<IntakeExtraction>('/intake/extract', input);
    },
  });
}

export function useSaveIntake() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: IntakeSaveBody) => post<IntakeSaveResult>('/intake/save', body),
    onSuccess: () => {
      for (const key of ['documents', 'tasks', 'assignments']) qc.invalidateQueries({ queryKey: [key] });
    },
  });
}
