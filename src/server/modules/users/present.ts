import type { UserRow } from './repo.js';

export function presentUser(row: { user: UserRow; unitName: string | null }) {
  const u = row.user;
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    emailPref: u.emailPref,
    role: u.role,
    unitId: u.unitId,
    unitName: row.unitName,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
  };
}
