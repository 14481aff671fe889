// The holiday calendar (lịch nghỉ lễ) of a year.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HolidayKind } from '../../shared/working-days';
import { api, get } from './client';

export interface HolidayDay {
  date: string;
  kind: HolidayKind;
  name: string;
  workingDay: boolean;
}

export interface HolidayYear {
  year: number;
  source: 'default' | 'custom';
  updatedAt: string | null;
  items: HolidayDay[];
  total: number;
}

export function useHolidays(year: number) {
  return useQuery({
    queryKey: ['holidays', year],
    queryFn: () => get<HolidayYear>('/holidays', { year }),
  });
}

export function useSaveHolidays(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: Omit<HolidayDay, 'workingDay'>[]) =>
      api<HolidayYear>('PUT', '/holidays', { items }, { year }),
    onSuccess: (data) => {
      qc.setQueryData(['holidays', year], data);
      qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
