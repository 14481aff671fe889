// User administration (administrators only).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, type ListResult, patch, post } from './client';
import type { Role } from './me';

export interface User {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  emailPref: 'each' | 'digest' | 'none';
  role: Role;
  unitId: string | null;
  unitName: string | null;
  active: boolean;
  createdAt: string;
}

export interface UserQuery {
  q?: string;
  role?: Role;
  unitId?: string;
  page?: number;
  pageSize?: number;
}

export interface UserInput {
  username?: string;
  fullName?: string;
  email?: string | null;
  emailPref?: User['emailPref'];
  role?: Role;
  unitId?: string | null;
  password?: string;
  active?: boolean;
}

export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: ['users', 'list', query],
    queryFn: () => get<ListResult<User>>('/users', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string | null | undefined) {
  return useQuery({
    queryKey: ['users', 'one', id],
    queryFn: () => get<User>(`/users/${id}`),
    enabled: Boolean(id),
  });
}

function useUserMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['users'] });
      qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

export const useCreateUser = () => useUserMutation((body: UserInput) => post<User>('/users', body));
export const useUpdateUser = () =>
  useUserMutation(({ id, ...body }: UserInput & { id: string }) => patch<User>(`/users/${id}`, body));
export const useResetPassword = () =>
  useUserMutation(({ id, password }: { id: string; password: string }) =>
    post<{ ok: true }>(`/users/${id}/password`, { password }),
  );

export function useChangeOwnPassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      post<{ ok: true }>('/me/password', body),
  });
}
