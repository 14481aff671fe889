// Reminder rules: the administrator's defaults.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReminderRules } from '../../shared/reminders';
import { get, put } from './client';

export function useReminderRules() {
  return useQuery({
    queryKey: ['reminders', 'rules'],
    queryFn: () => get<{ rules: ReminderRules; updatedAt: string | null }>('/reminders/rules'),
  });
}

export function useSetReminderRules() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (rules: ReminderRules) =>
      put<{ rules: ReminderRules; updatedAt: string | null }>('/reminders/rules', rules),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reminders'] }),
  });
}
