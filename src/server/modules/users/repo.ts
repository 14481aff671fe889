import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { units } from '../../db/schema/units.js';
import { users } from '../../db/schema/users.js';
import { searchCondition, searchText } from '../../lib/search.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = Omit<typeof users.$inferInsert, 'id' | 'search'>;

const userSearch = (u: Pick<UserRow, 'username' | 'fullName'>) => searchText(u.username, u.fullName);

export async function listUsers(
  db: Db,
  q: { q?: string; role?: UserRow['role']; unitId?: string; page: number; pageSize: number },
) {
  const where: SQL | undefined = and(
    searchCondition(users.search, q.q),
    q.role ? eq(users.role, q.role) : undefined,
    q.unitId ? eq(users.unitId, q.unitId) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ user: users, unitName: units.name })
      .from(users)
      .leftJoin(units, eq(units.id, users.unitId))
      .where(where)
      .orderBy(asc(users.username))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findUser(db: Db, id: string) {
  const [row] = await db
    .select({ user: users, unitName: units.name })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, id));
  return row;
}

export async function insertUser(db: Db, values: NewUser) {
  const [row] = await db
    .insert(users)
    .values({ ...values, search: userSearch(values) })
    .returning();
  return row!;
}

export async function updateUser(db: Db, id: string, patch: Partial<NewUser>, current: UserRow) {
  const [row] = await db
    .update(users)
    .set({ ...patch, search: userSearch({ ...current, ...patch }), updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return row!;
}
