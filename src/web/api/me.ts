import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, post } from './client';

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

/**
 * The signed-in person. Asked through /auth/session, which answers 200 even to no one, so that
 * opening the app signed out logs no failed request; signed out reads as an ApiError 401.
 */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      const s = await get<{ signedIn: boolean; me: Me | null }>('/auth/session');
      if (!s.signedIn || !s.me) throw new ApiError(401, 'UNAUTHENTICATED', 'Chưa đăng nhập.');
      return s.me;
    },
    retry: false,
    staleTime: 60_000,
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return async () => {
    await post('/auth/logout');
    qc.clear();
    window.location.assign('/dang-nhap');
  };
}
