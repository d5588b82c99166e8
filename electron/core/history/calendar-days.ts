/**
 * Calendar arithmetic on local dates written YYYY-MM-DD (LocalTime.localDateKey), zone-free: a date is
 * a day number counted from 1970-01-01, so "a week back" is 7 days back whatever DST did in between.
 */
import type { Weekday } from '../engine/engine-settings.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(dateKey: string): number {
  const [y, m, d] = dateKey.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

/** The YYYY-MM-DD date of a day number. */
export function dateKeyOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The weekday of a day number (0 = Sunday; 1970-01-01 was a Thursday). */
export function weekdayOf(day: number): Weekday {
  return (((day + 4) % 7) + 7) % 7 as Weekday;
}

/** The first day of the week holding `day`, weeks starting on `weekStartsOn`. */
export function weekStart(day: number, weekStartsOn: Weekday): number {
  return day - ((((weekdayOf(day) - weekStartsOn) % 7) + 7) % 7);
}
