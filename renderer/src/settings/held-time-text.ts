/**
 * "Why no break?": when a signal last held a break back, in the user's own clock and date style. The
 * date is left out when it was today, so the line stays short; an older time says which day it was.
 */
import { formattingLocale } from '../../../electron/core/i18n/t.ts';

/** The held time's parts, as the user's locale writes them; `date` is null when it was today. */
export interface HeldWhen {
  time: string;
  date: string | null;
}

/** When `at` was, seen from `now` (both epoch ms); locale and zone default to the user's own. */
export function heldWhen(at: number, now: number, locale?: string, timeZone?: string): HeldWhen {
  const time = new Intl.DateTimeFormat(locale ?? formattingLocale(), { timeZone, hour: 'numeric', minute: '2-digit' }).format(at);
  // A fixed numeric form of the calendar day in the zone, only to compare two instants' days.
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  if (day.format(at) === day.format(now)) return { time, date: null };
  return {
    time,
    date: new Intl.DateTimeFormat(locale ?? formattingLocale(), { timeZone, day: 'numeric', month: 'long' }).format(at),
  };
}
