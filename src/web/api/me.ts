import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from './client';

export type Role = 'admin' | 'focal' | 'leader' | 'officer' | 'head';

export interface Me {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unit: {
    id: string;
    code: string;
    name: string;
    shortName: string | null;
    kind: string;
    isFocal: boolean;
  } | null;
}

export const roleLabels: Record<Role, string> = {
  admin: 'Quản trị viên',
  focal: 'Chuyên viên đầu mối',
  leader: 'Lãnh đạo',
  officer: 'Cán bộ đơn vị',
  head: 'Thủ trưởng đơn vị',
};

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: () => get<Me>('/me'), retry: false, staleTime: 60_000 });
}

export function useLogout() {
  const qc = useQueryClient();
  return async () => {
    await post('/auth/logout');
    qc.clear();
    window.location.assign('/dang-nhap');
  };
}
