/**
 * Working-hours times between the schema's minutes after midnight and the "HH:MM" of a time input.
 * An end of 24:00 (1440, "until midnight") has no "24:00" in a time input, so it reads as 00:00, and an
 * end of 00:00 is read back as midnight at the end of the day: a range 22:00–00:00 runs until midnight,
 * and 00:00–00:00 is the whole day.
 */
import { MINUTES_PER_DAY } from '../../../electron/core/settings/working-hours-schema.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/** "HH:MM" for a time input (1440 shows as "00:00"). */
export function timeText(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** Minutes after midnight from a time input's "HH:MM" (seconds ignored); null when it isn't a time. */
export function minutesOf(text: string, role: 'start' | 'end'): number | null {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  const total = hours * 60 + minutes;
  return role === 'end' && total === 0 ? MINUTES_PER_DAY : total;
}

/** True when a range ends on the next day (its end is earlier than its start). */
export function endsNextDay(range: { start: number; end: number }): boolean {
  return range.end < range.start;
}
