import { describe, expect, it } from 'vitest';
import { latestOccurrence, defaultReminderRules as rules } from './reminders';
import { addDays, emptyCalendar, workingCalendar } from './working-days';

/** Every reminder sent over the days from..to if the sweep runs each day (only new ones). */
function walk(dueOn: string, from: string, to: string, cal = emptyCalendar) {
  const sent: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const o = latestOccurrence(dueOn, d, rules, cal);
    if (o && !sent.some((s) => s.startsWith(`${o.rule}@`))) sent.push(`${o.rule}@${d}`);
  }
  return sent;
}

describe('reminder rules', () => {
  it('reminds 7, 3, 1 days before, on the day, 1, 3, 7 days after, then weekly, on working days', () => {
    // due Friday 20/03/2026
    expect(walk('2026-03-20', '2026-03-01', '2026-04-20')).toEqual([
      'before:7@2026-03-13', // Fri 13/3
      'before:3@2026-03-17',
      'before:1@2026-03-19',
      'day@2026-03-20',
      // +1 (Sat 21/3, moved to Mon 23/3) and +3 (Mon 23/3) fall on one day: one reminder, the later
      'after:3@2026-03-23',
      'after:7@2026-03-27',
      'after:14@2026-04-03',
      'after:21@2026-04-10',
      'after:28@2026-04-17',
    ]);
  });

  it('moves reminders off holidays: before the deadline to the day before, after it to the day after', () => {
    const cal = workingCalendar([
      { date: '2026-04-30', kind: 'holiday', name: 'Ngày Giải phóng miền Nam' },
      { date: '2026-05-01', kind: 'holiday', name: 'Quốc tế Lao động' },
    ]);
    expect(latestOccurrence('2026-05-08', '2026-05-01', rules, cal)).toMatchObject({
      rule: 'before:7',
      sendOn: '2026-04-29',
    });
    expect(latestOccurrence('2026-04-29', '2026-05-01', rules, cal)).toMatchObject({ rule: 'day' });
    expect(latestOccurrence('2026-04-29', '2026-05-04', rules, cal)).toMatchObject({
      rule: 'after:3',
      sendOn: '2026-05-04',
    });
  });

  it('after downtime gives the latest reminder only', () => {
    expect(latestOccurrence('2026-03-02', '2026-03-31', rules, emptyCalendar)).toMatchObject({
      rule: 'after:28',
      overdueIndex: 6,
    });
    expect(latestOccurrence('2026-03-20', '2026-03-01', rules, emptyCalendar)).toBeNull();
  });
});
