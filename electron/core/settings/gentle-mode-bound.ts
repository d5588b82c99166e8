/**
 * How far gentle mode may reach. The engine sets it until the next local midnight; nothing (a page, a
 * hand-edited file, a clock that went back) may stretch it past that midnight plus one more day.
 */
import type { LocalTime } from '../engine/local-time.ts';

/** The latest instant gentle mode may last until, seen at `now`: the next local midnight, plus a day. */
export function latestGentleModeUntil(
  now: number,
  localTime: Pick<LocalTime, 'startOfNextLocalDay'>,
): number {
  return localTime.startOfNextLocalDay(localTime.startOfNextLocalDay(now));
}

/** `until` held to the bound above (null stays null: gentle mode is off). */
export function boundGentleModeUntil(
  until: number | null,
  now: number,
  localTime: Pick<LocalTime, 'startOfNextLocalDay'>,
): number | null {
  return until === null ? null : Math.min(until, latestGentleModeUntil(now, localTime));
}
