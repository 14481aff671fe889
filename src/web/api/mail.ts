// The outbox (administrator) and the signed-in person's choice of e-mail.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { emailPrefLabels, mailStateLabels } from '../../shared/urging';
import { get, type ListResult, post, put } from './client';

export type MailState = keyof typeof mailStateLabels;
export type EmailPref = keyof typeof emailPrefLabels;

export interface Mail {
  id: string;
  toAddress: string;
  userId: string | null;
  subject: string;
  text: string;
  link: string | null;
  attachments: { fileId: string; filename: string }[];
  state: MailState;
  attempts: number;
  nextAttemptAt: string;
  lastResponse: string | null;
  sentAt: string | null;
  createdAt: string;
}

export interface Outbox extends ListResult<Mail> {
  counts: Record<MailState, number>;
  smtpConfigured: boolean;
}

export function useOutbox(query: { state?: MailState; q?: string; page?: number; pageSize?: number }) {
  return useQuery({
    queryKey: ['mail', 'outbox', query],
    queryFn: () => get<Outbox>('/mail/outbox', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useRetryMail() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => post<Mail>(`/mail/outbox/${id}/retry`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['mail'] }),
  });
}

export function useEmailPref() {
  return useQuery({
    queryKey: ['mail', 'preference'],
    queryFn: () => get<{ email: string | null; emailPref: EmailPref }>('/mail/preference'),
  });
}

export function useSetEmailPref() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (emailPref: EmailPref) =>
      put<{ email: string | null; emailPref: EmailPref }>('/mail/preference', { emailPref }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['mail', 'preference'] }),
  });
}
