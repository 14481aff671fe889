// The signed-in person's notifications: the bell's unread count (polled), the list, mark read.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { notificationKindLabels } from '../../shared/urging';
import { get, post } from './client';

export interface Notification {
  id: string;
  kind: keyof typeof notificationKindLabels;
  title: string;
  body: string;
  link: string | null;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: Notification[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

export interface NotificationQuery {
  unread?: 'true';
  page?: number;
  pageSize?: number;
}

export function useNotifications(query: NotificationQuery, opts: { poll?: boolean } = {}) {
  return useQuery({
    queryKey: ['notifications', query],
    queryFn: () => get<NotificationList>('/notifications', { ...query }),
    placeholderData: keepPreviousData,
    // the bell asks again every minute, and when the window comes back into focus
    refetchInterval: opts.poll ? 60_000 : false,
    refetchOnWindowFocus: true,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) =>
      post<{ updated: number; unread: number }>('/notifications/read', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
