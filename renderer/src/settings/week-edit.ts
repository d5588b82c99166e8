/**
 * Edits of the working-hours week as plain values: each returns a new week, leaving the old one as it
 * was, so the settings window can keep an unsaved draft beside what is saved.
 */
import {
  MAX_RANGES_PER_DAY,
  MINUTES_PER_DAY,
  type TimeRange,
  type WorkingHours,
} from '../../../electron/core/settings/working-hours-schema.ts';

/** Seven days of ranges, Sunday first, as the schema keeps them. */
export type Week = WorkingHours['days'];

/** The order days are listed in: Monday first, Sunday last. */
export const dayOrder = [1, 2, 3, 4, 5, 6, 0] as const;

function withDay(week: Week, day: number, ranges: TimeRange[]): Week {
  return week.map((r, d) => (d === day ? ranges : r.map((x) => ({ ...x })))) as Week;
}

function rangesOf(week: Week, day: number): TimeRange[] {
  return (week[day] ?? []).map((r) => ({ ...r }));
}

/** A new range after the day's last one: 09:00–17:00 on an empty day, else the hour after the last end. */
export function addRange(week: Week, day: number): Week {
  const ranges = rangesOf(week, day);
  if (ranges.length >= MAX_RANGES_PER_DAY) return week;
  const last = ranges.at(-1);
  if (!last) return withDay(week, day, [{ start: 9 * 60, end: 17 * 60 }]);
  // After a range that runs to (or past) midnight there is no later slot that day: start in the evening.
  const start = last.end > last.start && last.end < MINUTES_PER_DAY ? last.end : 18 * 60;
  return withDay(week, day, [...ranges, { start, end: Math.min(start + 60, MINUTES_PER_DAY) }]);
}

/** The day without its range at `index`. */
export function removeRange(week: Week, day: number, index: number): Week {
  return withDay(
    week,
    day,
    rangesOf(week, day).filter((_, i) => i !== index),
  );
}

/** One end of one range set to `minutes`. */
export function setRangeTime(
  week: Week,
  day: number,
  index: number,
  end: 'start' | 'end',
  minutes: number,
): Week {
  return withDay(
    week,
    day,
    rangesOf(week, day).map((r, i) => (i === index ? { ...r, [end]: minutes } : r)),
  );
}

/** Every day gets a copy of `day`'s ranges. */
export function copyToAllDays(week: Week, day: number): Week {
  const ranges = rangesOf(week, day);
  return week.map(() => ranges.map((r) => ({ ...r }))) as Week;
}

/** The patch field path of a range ("workingHours.days.1.0") and of a day ("workingHours.days.1"). */
export function rangePath(day: number, index: number): string {
  return `workingHours.days.${String(day)}.${String(index)}`;
}
export function dayPath(day: number): string {
  return `workingHours.days.${String(day)}`;
}
