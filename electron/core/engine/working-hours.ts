/**
 * Working hours: whether an instant is inside them, and when that next changes. Ranges are read on the
 * local wall clock (so 09:00 stays 09:00 across DST); a range whose end is at or before its start runs
 * on past midnight into the next day.
 */
import type { WorkingHours, WorkingRange } from './engine-settings.ts';
import type { LocalTime, WeekdayAndMinute } from './local-time.ts';
import { DAY_MS, MINUTE_MS, offsetChangeBetween, splitWall, wallAt } from './wall-clock.ts';

const DAY_MIN = 1440;
const WEEK_MIN = 7 * DAY_MIN;
// Every weekly pattern with a change has one within a week; a little more covers DST shifts.
const HORIZON_MS = 8 * DAY_MS;

/** Where we stand with working hours at an instant. */
export interface HoursState {
  readonly inside: boolean;
  /** The next instant `inside` flips, or null when it never does (hours off, or no ranges). */
  readonly changeAt: number | null;
}

function rangesOn(hours: WorkingHours, weekday: number): readonly WorkingRange[] {
  const days: readonly (readonly WorkingRange[] | undefined)[] = hours.days;
  return days[((weekday % 7) + 7) % 7] ?? [];
}

const crossesMidnight = (r: WorkingRange): boolean => r.end <= r.start;

/** True when a local weekday and minute fall inside the working hours (always, when they are off). */
export function isInsideWorkingHours(hours: WorkingHours, at: WeekdayAndMinute): boolean {
  if (!hours.enabled) return true;
  const m = at.minute;
  const today = rangesOn(hours, at.weekday).some((r) => m >= r.start && (crossesMidnight(r) || m < r.end));
  return today || rangesOn(hours, at.weekday - 1).some((r) => crossesMidnight(r) && m < r.end);
}

/** Minutes of the week (Sunday 00:00 = 0) at which some range starts or ends, sorted. */
function boundaryMinutes(hours: WorkingHours): number[] {
  const set = new Set<number>();
  for (let day = 0; day < 7; day++) {
    for (const r of rangesOn(hours, day)) {
      set.add((day * DAY_MIN + r.start) % WEEK_MIN);
      set.add((day * DAY_MIN + r.end + (crossesMidnight(r) ? DAY_MIN : 0)) % WEEK_MIN);
    }
  }
  return [...set].sort((a, b) => a - b);
}

/** Whole minutes from minute-of-week `m` to the next boundary strictly after it (1 … a week). */
function minutesToNextBoundary(boundaries: readonly number[], m: number): number {
  let best = WEEK_MIN;
  for (const b of boundaries) best = Math.min(best, ((b - m - 1 + WEEK_MIN) % WEEK_MIN) + 1);
  return best;
}

/** Inside or not at `now`, and the next instant that changes. */
export function workingHoursAt(hours: WorkingHours, localTime: LocalTime, now: number): HoursState {
  const inside = isInsideWorkingHours(hours, localTime.weekdayAndMinute(now));
  if (!hours.enabled) return { inside, changeAt: null };
  const boundaries = boundaryMinutes(hours);
  if (boundaries.length === 0) return { inside, changeAt: null };
  const offsetOf = (ms: number): number => localTime.offsetMs(ms);

  // Between a range boundary and a DST shift the wall clock runs evenly, so `inside` can only flip at
  // one of those: visit them in order until it does.
  let x = now;
  while (x <= now + HORIZON_MS) {
    const offset = offsetOf(x);
    const { day, msOfDay } = splitWall(wallAt(offsetOf, x));
    const minuteOfWeek = ((((day + 4) % 7) + 7) % 7) * DAY_MIN + Math.floor(msOfDay / MINUTE_MS);
    const wallMinuteStart = day * DAY_MS + Math.floor(msOfDay / MINUTE_MS) * MINUTE_MS;
    const boundary = wallMinuteStart + minutesToNextBoundary(boundaries, minuteOfWeek) * MINUTE_MS - offset;
    x = offsetChangeBetween(offsetOf, x, boundary) ?? boundary;
    if (isInsideWorkingHours(hours, localTime.weekdayAndMinute(x)) !== inside) return { inside, changeAt: x };
  }
  return { inside, changeAt: null };
}
