// "Today" comes from a clock the app is built with, so tests can set the date.
import dayjs from 'dayjs';

export interface Clock {
  now(): Date;
  /** Today's date in the province (Asia/Ho_Chi_Minh, UTC+7, no DST) as YYYY-MM-DD. */
  today(): string;
}

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

export function vnDate(d: Date): string {
  return dayjs(d.getTime() + VN_OFFSET_MS)
    .toISOString()
    .slice(0, 10);
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => vnDate(new Date()),
};

/** A clock fixed at 10:00 of a date (tests, demos); `set` moves it, `advance` by milliseconds. */
export function fixedClock(today: string): Clock & { set(today: string): void; advance(ms: number): void } {
  let current = today;
  let offsetMs = 0;
  return {
    now: () => new Date(new Date(`${current}T03:00:00.000Z`).getTime() + offsetMs),
    today: () => current,
    set(next: string) {
      current = next;
      offsetMs = 0;
    },
    advance(ms: number) {
      offsetMs += ms;
    },
  };
}
