// The audit log: the whole log with filters, or one record's history.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, type ListResult } from './client';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string;
  entity: string;
  entityId: string;
  action: string;
  unitId: string | null;
  before: unknown;
  after: unknown;
  /** Which record the change was about, by its present name (or the name it had). */
  record: { name: string | null; context: string | null };
  /** id → name of the records the values mention. */
  refs: Record<string, string>;
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  unitId?: string;
  /** 'YYYY-MM-DD', inclusive, in the province's time. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export function useAudit(query: AuditQuery, opts: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => get<ListResult<AuditEntry>>('/audit', { ...query }),
    placeholderData: keepPreviousData,
    enabled: opts.enabled ?? true,
  });
}

/** The people who appear in the log (within what the reader may see), for the person filter. */
export function useAuditActors() {
  return useQuery({
    queryKey: ['audit', 'actors'],
    queryFn: () => get<{ id: string; name: string }[]>('/audit/actors'),
    staleTime: 60_000,
  });
}
