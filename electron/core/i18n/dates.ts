/**
 * Names of days and dates in the active language, from Intl (issue #20): no catalogue carries weekday or
 * month names, so every language gets its own, with its own grammar and order.
 */
import { formattingLocale } from './t.ts';

const DAY_MS = 86_400_000;
/** A Sunday (1970-01-04), read in UTC: the day `weekday` days after it is that weekday. */
const SUNDAY_MS = 3 * DAY_MS;

/** The active language's name for weekday `weekday` (0 = Sunday), e.g. "Monday", "Montag", "月曜日". */
export function weekdayName(weekday: number, width: 'long' | 'short' = 'long'): string {
  const day = ((Math.trunc(weekday) % 7) + 7) % 7;
  return new Intl.DateTimeFormat(formattingLocale(), { timeZone: 'UTC', weekday: width }).format(SUNDAY_MS + day * DAY_MS);
}

/** The day and month of a local date ("YYYY-MM-DD") in the active language, e.g. "16 January", "1月16日". */
export function dayMonthName(dateKey: string): string {
  return new Intl.DateTimeFormat(formattingLocale(), { timeZone: 'UTC', day: 'numeric', month: 'long' }).format(Date.parse(`${dateKey}T00:00:00Z`));
}
