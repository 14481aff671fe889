// Urging letters (công văn đôn đốc): the draft of a task's letter, sending it, and the letters a
// unit received.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { download, get, type ListResult, post } from './client';

export interface ReceivedUrging {
  /** The letter: /api/urgings/{id}/letter.docx. */
  id: string;
  taskId: string;
  taskTitle: string;
  assignmentId: string;
  unitId: string;
  unitName: string;
  urgedOn: string;
  newDueOn: string;
  complied: number;
  total: number;
  createdAt: string;
}

export interface UrgingQuery {
  unitId?: string;
  taskId?: string;
  page?: number;
  pageSize?: number;
}

export const useReceivedUrgings = (q: UrgingQuery, enabled = true) =>
  useQuery({
    queryKey: ['urgings', q],
    queryFn: () => get<ListResult<ReceivedUrging>>('/urgings', { ...q }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const downloadDraftLetter = (taskId: string, newDueOn: string) =>
  download(`/tasks/${taskId}/urging-letter.docx`, { newDueOn });

export const downloadSentLetter = (urgingId: string) => download(`/urgings/${urgingId}/letter.docx`);

export interface UrgingSent {
  id: string;
  units: { id: string; name: string }[];
}

export function useSendUrging() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, newDueOn }: { taskId: string; newDueOn: string }) =>
      post<UrgingSent>(`/tasks/${taskId}/urgings`, { newDueOn }),
    onSuccess: () =>
      Promise.all(
        [['assignments'], ['urgings'], ['notifications'], ['audit']].map((k) =>
          qc.invalidateQueries({ queryKey: k }),
        ),
      ),
  });
}
