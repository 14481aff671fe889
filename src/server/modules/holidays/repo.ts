// SQL of the holiday calendar.
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { CalendarDay } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import { holidays, holidayYears } from '../../db/schema/reports.js';

export async function findYear(db: Db, year: number) {
  const [row] = await db.select().from(holidayYears).where(eq(holidayYears.year, year));
  return row ?? null;
}

export async function keptYears(db: Db, years: number[]): Promise<Set<number>> {
  if (!years.length) return new Set();
  const rows = await db
    .select({ year: holidayYears.year })
    .from(holidayYears)
    .where(inArray(holidayYears.year, years));
  return new Set(rows.map((r) => r.year));
}

export async function daysBetween(db: Db, fromYear: number, toYear: number): Promise<CalendarDay[]> {
  return db
    .select({ date: holidays.date, kind: holidays.kind, name: holidays.name })
    .from(holidays)
    .where(and(gte(holidays.year, fromYear), lte(holidays.year, toYear)))
    .orderBy(asc(holidays.date));
}

/** Replaces a year's days; locks the year's row so two saves do not interleave. */
export async function replaceYear(tx: Db, year: number, days: CalendarDay[], userId: string) {
  await tx
    .insert(holidayYears)
    .values({ year, updatedBy: userId })
    .onConflictDoUpdate({ target: holidayYears.year, set: { updatedBy: userId, updatedAt: new Date() } });
  await tx.select().from(holidayYears).where(eq(holidayYears.year, year)).for('update');
  await tx.delete(holidays).where(eq(holidays.year, year));
  if (days.length) await tx.insert(holidays).values(days.map((d) => ({ ...d, year })));
}
