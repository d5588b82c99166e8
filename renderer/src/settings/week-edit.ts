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
import { minutesOf } from './time-text.ts';

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

/** Where one time of a range is kept while typed ("workingHours.days.1.0.end"). */
export function timePath(day: number, index: number, end: 'start' | 'end'): string {
  return `${rangePath(day, index)}.${end}`;
}

/** A range with a time field left empty or unfinished: which of its times is missing. */
export interface UnfinishedRange {
  day: number;
  index: number;
  missing: 'start' | 'end' | 'both';
}

const typedPath = /^workingHours\.days\.(\d)\.(\d+)\.(start|end)$/;

/**
 * The ranges whose typed times (keyed by timePath) are not times yet: a cleared or half-cleared field
 * has no value to send, so the week waits until it has one. Listed in the order the days are shown.
 */
export function unfinishedRanges(typed: Readonly<Record<string, string>>): UnfinishedRange[] {
  const found = new Map<string, UnfinishedRange>();
  for (const [path, text] of Object.entries(typed)) {
    const match = typedPath.exec(path);
    if (!match) continue;
    const end = match[3] === 'start' ? 'start' : 'end';
    if (minutesOf(text, end) !== null) continue;
    const day = Number(match[1]);
    const index = Number(match[2]);
    const key = rangePath(day, index);
    const before = found.get(key);
    found.set(key, { day, index, missing: before && before.missing !== end ? 'both' : end });
  }
  const shown = (day: number): number => (dayOrder as readonly number[]).indexOf(day);
  return [...found.values()].sort((a, b) => shown(a.day) - shown(b.day) || a.index - b.index);
}

/** What was typed, after the range at `index` on `day` is removed: its times go, later ones move up. */
export function typedAfterRemove(
  typed: Readonly<Record<string, string>>,
  day: number,
  index: number,
): Record<string, string> {
  const after: Record<string, string> = {};
  for (const [path, text] of Object.entries(typed)) {
    const match = typedPath.exec(path);
    if (!match || Number(match[1]) !== day) {
      after[path] = text;
      continue;
    }
    const at = Number(match[2]);
    if (at === index) continue;
    after[timePath(day, at > index ? at - 1 : at, match[3] === 'start' ? 'start' : 'end')] = text;
  }
  return after;
}
