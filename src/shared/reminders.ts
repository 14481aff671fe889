// When a deadline is reminded of: before it (7, 3, 1 days), on the day, after it (1, 3, 7 days,
// then weekly). A reminder that falls on a day off is sent on the working day before it (before
// the deadline) or after it (once overdue). Pure: the working calendar is given.
import { addDays, isWorkingDay, type WorkingCalendar } from './working-days.js';

export interface ReminderRules {
  /** Days before the deadline. */
  before: number[];
  onDay: boolean;
  /** Days after the deadline. */
  after: number[];
  /** Then every 7 days after the last of `after`, while it stays undone. */
  weeklyAfter: boolean;
  /** After this many overdue reminders the unit head is told too. */
  headAfter: number;
  /** After this many days overdue Sở Ngoại vụ's focal officers are told too. */
  focalAfterDays: number;
}

export const defaultReminderRules: ReminderRules = {
  before: [7, 3, 1],
  onDay: true,
  after: [1, 3, 7],
  weeklyAfter: true,
  headAfter: 2,
  focalAfterDays: 30,
};

export interface Occurrence {
  /** The rule that fires ('before:7', 'day', 'after:3', 'after:14'…): part of the UNIQUE key. */
  rule: string;
  /** The working day it is sent on. */
  sendOn: string;
  /** 0 before and on the day; 1 for the first overdue reminder, 2 for the second… */
  overdueIndex: number;
}

function previousWorkingDay(date: string, cal: WorkingCalendar) {
  let d = date;
  for (let i = 0; i < 60 && !isWorkingDay(d, cal); i++) d = addDays(d, -1);
  return d;
}
function nextWorkingDay(date: string, cal: WorkingCalendar) {
  let d = date;
  for (let i = 0; i < 60 && !isWorkingDay(d, cal); i++) d = addDays(d, 1);
  return d;
}

/**
 * The latest reminder of a deadline due on or before `today` (older ones missed while the server
 * was down are not sent: the latest says it all), or null when none is due yet.
 */
export function latestOccurrence(
  dueOn: string,
  today: string,
  rules: ReminderRules,
  cal: WorkingCalendar,
): Occurrence | null {
  let latest: Occurrence | null = null;
  const consider = (o: Occurrence) => {
    if (o.sendOn <= today && (!latest || o.sendOn >= latest.sendOn)) latest = o;
  };
  for (const n of [...rules.before].sort((a, b) => b - a))
    consider({ rule: `before:${n}`, sendOn: previousWorkingDay(addDays(dueOn, -n), cal), overdueIndex: 0 });
  if (rules.onDay) consider({ rule: 'day', sendOn: previousWorkingDay(dueOn, cal), overdueIndex: 0 });
  const after = [...rules.after].sort((a, b) => a - b);
  after.forEach((n, i) => {
    consider({ rule: `after:${n}`, sendOn: nextWorkingDay(addDays(dueOn, n), cal), overdueIndex: i + 1 });
  });
  if (rules.weeklyAfter && today > dueOn) {
    const last = after.at(-1) ?? 0;
    const overdueDays = Math.round((Date.parse(today) - Date.parse(dueOn)) / 86_400_000);
    // the latest weekly one whose day has come (a day off moves it to the next working day)
    for (let k = Math.max(1, Math.floor((overdueDays - last) / 7)); k >= 1; k--) {
      const n = last + 7 * k;
      const sendOn = nextWorkingDay(addDays(dueOn, n), cal);
      if (sendOn <= today) {
        consider({ rule: `after:${n}`, sendOn, overdueIndex: after.length + k });
        break;
      }
    }
  }
  return latest;
}

/** Days from `today` to the deadline: positive before it, negative once overdue. */
export const daysLeft = (dueOn: string, today: string) =>
  Math.round((Date.parse(dueOn) - Date.parse(today)) / 86_400_000);
