/**
 * The engine's window on local time: weekday, minute of day, day boundaries and clock labels in the
 * user's time zone, DST included. Injected into the engine so tests can pick any zone; the real one is
 * built on Intl.DateTimeFormat, which is pure here because it is always handed the instant.
 */
import type { Weekday } from './engine-settings.ts';
import { DAY_MS, instantAtWall, MINUTE_MS, splitWall, wallAt } from './wall-clock.ts';

/** A weekday (0 = Sunday) and the minute of the local day (0–1439). */
export interface WeekdayAndMinute {
  readonly weekday: Weekday;
  readonly minute: number;
}

/** Time-zone aware helpers the engine and the tray use. */
export interface LocalTime {
  /** How far local time is ahead of UTC at an instant, in ms. */
  offsetMs(epochMs: number): number;
  /** The local weekday and minute of the day at an instant. */
  weekdayAndMinute(epochMs: number): WeekdayAndMinute;
  /** The first instant of the next local calendar day (local midnight, or the DST jump that skips it). */
  startOfNextLocalDay(epochMs: number): number;
  /** The local calendar date as YYYY-MM-DD. */
  localDateKey(epochMs: number): string;
  /** The local time of day as a short clock label, e.g. "14:30". */
  clockLabel(epochMs: number): string;
}

/** Builds the LocalTime helpers for an IANA zone; throws RangeError for an unknown zone. */
export function createLocalTime(timeZone: string, locale = 'en-GB'): LocalTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const clock = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });

  const offsetMs = (epochMs: number): number => {
    const field: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
    for (const part of parts.formatToParts(epochMs)) field[part.type] = Number(part.value);
    const asUtc = Date.UTC(
      field.year ?? 1970,
      (field.month ?? 1) - 1,
      field.day ?? 1,
      field.hour ?? 0,
      field.minute ?? 0,
      field.second ?? 0,
    );
    return asUtc - (epochMs - mod(epochMs, 1000));
  };
  return { offsetMs, ...localTimeFromOffsets(offsetMs, (epochMs) => clock.format(epochMs)) };
}

/** The LocalTime helpers for any offset function (exported for tests with synthetic zones). */
function localTimeFromOffsets(
  offsetMs: (epochMs: number) => number,
  clockLabel: (epochMs: number) => string,
): Omit<LocalTime, 'offsetMs'> {
  return {
    weekdayAndMinute(epochMs) {
      const { day, msOfDay } = splitWall(wallAt(offsetMs, epochMs));
      // 1970-01-01 was a Thursday.
      return { weekday: mod(day + 4, 7) as Weekday, minute: Math.floor(msOfDay / MINUTE_MS) };
    },
    startOfNextLocalDay(epochMs) {
      const { day } = splitWall(wallAt(offsetMs, epochMs));
      return instantAtWall(offsetMs, (day + 1) * DAY_MS, epochMs);
    },
    localDateKey(epochMs) {
      const { day } = splitWall(wallAt(offsetMs, epochMs));
      return new Date(day * DAY_MS).toISOString().slice(0, 10);
    },
    clockLabel,
  };
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}
