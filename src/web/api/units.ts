// Unit directory: list, groups, one unit, changes, CSV import.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitGroupCode, UnitKindCode } from '../../shared/units';
import { del, get, type ListResult, patch, post } from './client';

export interface Unit {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKindCode;
  gsoCode: string | null;
  isFocal: boolean;
  active: boolean;
}

export interface UnitQuery {
  q?: string;
  kind?: UnitKindCode;
  group?: UnitGroupCode;
  active?: 'true' | 'false' | 'all';
  page?: number;
  pageSize?: number;
}

export interface UnitInput {
  code?: string;
  name?: string;
  shortName?: string | null;
  kind?: UnitKindCode;
  gsoCode?: string | null;
  isFocal?: boolean;
  active?: boolean;
}

export interface ImportResult {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportRowError[];
  rows: { row: number; code: string; name: string; action: 'create' | 'update' | 'unchanged' }[];
}
export interface ImportRowError {
  row: number;
  field: string | null;
  message: string;
}

export function useUnits(query: UnitQuery) {
  return useQuery({
    queryKey: ['units', 'list', query],
    queryFn: () => get<ListResult<Unit>>('/units', { ...query }),
    placeholderData: keepPreviousData,
  });
}

/** Every unit (active and not), for pickers and for naming units by id; fetched once. */
export function useAllUnits() {
  return useQuery({
    queryKey: ['units', 'all'],
    queryFn: async () => (await get<ListResult<Unit>>('/units', { active: 'all', pageSize: 500 })).items,
    staleTime: 5 * 60_000,
  });
}

export function useUnitGroups() {
  return useQuery({
    queryKey: ['units', 'groups'],
    queryFn: () => get<{ code: UnitGroupCode; label: string; count: number }[]>('/units/groups'),
    staleTime: 5 * 60_000,
  });
}

export function useUnit(id: string | null | undefined) {
  return useQuery({
    queryKey: ['units', 'one', id],
    queryFn: () => get<Unit>(`/units/${id}`),
    enabled: Boolean(id),
  });
}

function useUnitMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['units'] });
      qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

export const useCreateUnit = () => useUnitMutation((body: UnitInput) => post<Unit>('/units', body));
export const useUpdateUnit = () =>
  useUnitMutation(({ id, ...body }: UnitInput & { id: string }) => patch<Unit>(`/units/${id}`, body));
export const useDeleteUnit = () => useUnitMutation((id: string) => del<{ ok: true }>(`/units/${id}`));
export const useImportUnits = () =>
  useUnitMutation((body: { csv: string; dryRun: boolean }) => post<ImportResult>('/units/import', body));
