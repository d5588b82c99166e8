/**
 * Arithmetic on local wall-clock time, given only a zone's UTC offset at each instant. "Wall" values are
 * milliseconds on a UTC-like axis that reads as local time (wall = instant + offset), so weekday and
 * minute of day fall out of plain division. Offsets change at whole minutes (DST), at most once a day.
 */

/** How far local time is ahead of UTC at an instant, in ms. */
type OffsetOf = (epochMs: number) => number;

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** The wall-clock reading at an instant. */
export function wallAt(offsetOf: OffsetOf, epochMs: number): number {
  return epochMs + offsetOf(epochMs);
}

/**
 * The first whole-minute instant in (from, to] where the offset differs from the one at `from`, or null
 * when the offsets at both ends agree (a zone never changes twice within the spans we look at).
 */
export function offsetChangeBetween(offsetOf: OffsetOf, from: number, to: number): number | null {
  const before = offsetOf(from);
  let lo = Math.floor(from / MINUTE_MS);
  let hi = Math.ceil(to / MINUTE_MS);
  if (offsetOf(hi * MINUTE_MS) === before) return null;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetOf(mid * MINUTE_MS) === before) lo = mid;
    else hi = mid;
  }
  return Math.max(hi * MINUTE_MS, Math.floor(from) + 1);
}

/**
 * The earliest instant after `after` whose wall clock reads `wall`. A reading repeated when clocks go
 * back gives its first occurrence; a reading skipped when clocks go forward gives the instant of the jump.
 */
export function instantAtWall(offsetOf: OffsetOf, wall: number, after = Number.NEGATIVE_INFINITY): number {
  // Instants reading `wall` lie within ±14 h of it, so the offsets a day either side cover both cases.
  const guesses = [wall - offsetOf(wall - DAY_MS), wall - offsetOf(wall + DAY_MS)];
  const exact = guesses.filter((x) => x > after && wallAt(offsetOf, x) === wall);
  if (exact.length > 0) return Math.min(...exact);
  const lo = Math.min(...guesses);
  const hi = Math.max(...guesses);
  return Math.max(offsetChangeBetween(offsetOf, lo, hi) ?? hi, Math.floor(after) + 1);
}

/** Day number (days since 1970-01-01 on the wall axis) and the ms into that day. */
export function splitWall(wall: number): { day: number; msOfDay: number } {
  const day = Math.floor(wall / DAY_MS);
  return { day, msOfDay: wall - day * DAY_MS };
}
