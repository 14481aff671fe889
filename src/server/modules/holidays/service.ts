// The holiday calendar an administrator keeps, year by year; a year nobody has set uses the
// shipped Vietnamese public holidays (src/shared/holidays.ts). Other modules count working
// days on it through `calendarFor`.
import { defaultHolidaysOf } from '../../../shared/holidays.js';
import {
  type CalendarDay,
  holidayKindLabels,
  isWeekend,
  isWorkingDay,
  type WorkingCalendar,
  workingCalendar,
} from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { holidayPolicy } from './policy.js';
import * as repo from './repo.js';
import type { PutHolidaysBody } from './schema.js';

/** The days of each year from `fromYear` to `toYear`: as kept, or the defaults. */
export async function daysOf(db: Db, fromYear: number, toYear: number): Promise<CalendarDay[]> {
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const kept = await repo.keptYears(db, years);
  const stored = kept.size ? await repo.daysBetween(db, fromYear, toYear) : [];
  return years.flatMap((y) =>
    kept.has(y) ? stored.filter((d) => d.date.startsWith(String(y))) : defaultHolidaysOf(y),
  );
}

/** The working calendar from `from`'s year to the year after `to` (deadlines run past it). */
export async function calendarFor(db: Db, from: string, to: string): Promise<WorkingCalendar> {
  return workingCalendar(await daysOf(db, Number(from.slice(0, 4)), Number(to.slice(0, 4)) + 1));
}

export async function getYear(db: Db, year: number) {
  const row = await repo.findYear(db, year);
  const days = await daysOf(db, year, year);
  return present(year, days, row ? row.updatedAt.toISOString() : null);
}

function present(year: number, days: CalendarDay[], updatedAt: string | null) {
  const cal = workingCalendar(days);
  const items = [...days]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => ({ ...d, workingDay: isWorkingDay(d.date, cal) }));
  return {
    year,
    source: updatedAt ? ('custom' as const) : ('default' as const),
    updatedAt,
    items,
    total: items.length,
  };
}

const describe = (d: CalendarDay) => `${d.date} ${d.name} (${holidayKindLabels[d.kind]})`;

function check(year: number, items: CalendarDay[]) {
  const seen = new Set<string>();
  for (const d of items) {
    if (!d.date.startsWith(`${year}-`))
      throw new AppError('HOLIDAY_OUTSIDE_YEAR', `Ngày ${d.date} không thuộc năm ${year}.`);
    if (seen.has(d.date)) throw new AppError('HOLIDAY_DUPLICATE', `Ngày ${d.date} được nhập hai lần.`);
    seen.add(d.date);
    if (d.kind === 'workday' && !isWeekend(d.date))
      throw new AppError(
        'HOLIDAY_WORKDAY_NOT_WEEKEND',
        `Ngày làm bù ${d.date} phải là thứ Bảy hoặc Chủ nhật.`,
      );
  }
}

export async function putYear(db: Db, actor: Actor, year: number, body: PutHolidaysBody) {
  holidayPolicy.assertManage(actor);
  check(year, body.items);
  await db.transaction(async (tx) => {
    const before = await daysOf(tx, year, year);
    await repo.replaceYear(tx, year, body.items, actor.id);
    await recordAudit(tx, actor, {
      entity: 'holiday_calendar',
      entityId: String(year),
      action: 'update',
      before: { year, days: before.map(describe) },
      after: { year, days: body.items.map(describe) },
    });
  });
  return getYear(db, year);
}
