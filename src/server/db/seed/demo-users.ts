// Demo accounts (password demo123), one per role, on the units the directives name.
import { eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../../lib/passwords.js';
import { searchText } from '../../lib/search.js';
import type { Db } from '../client.js';
import { units } from '../schema/units.js';
import { type Role, users } from '../schema/users.js';

export const DEMO_PASSWORD = 'demo123';

export interface DemoAccount {
  username: string;
  fullName: string;
  role: Role;
  unitCode: string | null;
  description: string;
}

export const demoAccounts: DemoAccount[] = [
  {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    role: 'admin',
    unitCode: null,
    description: 'quản trị viên',
  },
  {
    username: 'sngv',
    fullName: 'Chuyên viên Sở Ngoại vụ',
    role: 'focal',
    unitCode: 'SNgV',
    description: 'chuyên viên đầu mối, Sở Ngoại vụ',
  },
  {
    username: 'lanhdao',
    fullName: 'Lãnh đạo UBND tỉnh',
    role: 'leader',
    unitCode: 'UBNDT',
    description: 'lãnh đạo UBND tỉnh',
  },
  {
    username: 'svhttdl',
    fullName: 'Cán bộ Sở VHTTDL',
    role: 'officer',
    unitCode: 'SVHTTDL',
    description: 'cán bộ Sở Văn hóa, Thể thao và Du lịch',
  },
  {
    username: 'svhttdl.tt',
    fullName: 'Thủ trưởng Sở VHTTDL',
    role: 'head',
    unitCode: 'SVHTTDL',
    description: 'thủ trưởng Sở Văn hóa, Thể thao và Du lịch',
  },
  {
    username: 'quynhontay',
    fullName: 'Cán bộ phường Quy Nhơn Tây',
    role: 'officer',
    unitCode: '21589',
    description: 'cán bộ Phường Quy Nhơn Tây',
  },
  {
    username: 'quynhontay.tt',
    fullName: 'Chủ tịch UBND phường Quy Nhơn Tây',
    role: 'head',
    unitCode: '21589',
    description: 'thủ trưởng Phường Quy Nhơn Tây',
  },
];

/** Creates the accounts that do not exist yet (by default the demo accounts above). */
export async function seedDemoUsers(db: Db, accounts: readonly DemoAccount[] = demoAccounts): Promise<void> {
  const codes = accounts.map((a) => a.unitCode).filter((c): c is string => !!c);
  const unitRows = await db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(inArray(units.code, codes));
  const unitId = new Map(unitRows.map((u) => [u.code, u.id]));
  // One hash for all demo accounts: hashing is deliberately slow, and they share the password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of accounts) {
    const [exists] = await db.select({ id: users.id }).from(users).where(eq(users.username, a.username));
    if (exists) continue;
    await db.insert(users).values({
      username: a.username,
      fullName: a.fullName,
      role: a.role,
      unitId: a.unitCode ? (unitId.get(a.unitCode) ?? null) : null,
      passwordHash,
      search: searchText(a.username, a.fullName),
    });
  }
}
