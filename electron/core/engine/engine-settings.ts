/** The break engine's settings (all durations in minutes) and their defaults. */

/** 0 = Sunday … 6 = Saturday, as in Date#getDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * One working range within a day, in minutes since local midnight (start 0–1439, end 0–1440).
 * A range whose end is at or before its start crosses midnight into the next day.
 */
export interface WorkingRange {
  readonly start: number;
  readonly end: number;
}

/** Seven entries, Sunday first: one list of ranges per weekday. */
export type PerWeekday<T> = readonly [T, T, T, T, T, T, T];

/** When breaks are planned; outside these hours only manual breaks happen. */
export interface WorkingHours {
  readonly enabled: boolean;
  readonly days: PerWeekday<readonly WorkingRange[]>;
}

/** Everything the engine needs from the user's settings. */
export interface EngineSettings {
  /** Minutes of work between offers. */
  readonly intervalMin: number;
  /** Minutes of work after "Not now" (or an ignored offer) before the next offer. */
  readonly snoozeMin: number;
  /** Minutes away (idle, locked, asleep) that count as a natural break. */
  readonly awayResetMin: number;
  /** Minutes an ignored offer stays before it fades away. */
  readonly offerTimeoutMin: number;
  readonly workingHours: WorkingHours;
  /**
   * Ask main whether the moment is busy before a timed offer (any "don't interrupt me" signal is on).
   * Left out: never ask.
   */
  readonly checksBusy?: boolean;
}

const nineToFive: readonly WorkingRange[] = [{ start: 9 * 60, end: 17 * 60 }];

/** The defaults DESIGN.md sets: 45 / 5 / 5 / 2 minutes, working hours off (Mon–Fri 9–17 when turned on). */
export const defaultEngineSettings: EngineSettings = {
  intervalMin: 45,
  snoozeMin: 5,
  awayResetMin: 5,
  offerTimeoutMin: 2,
  workingHours: {
    enabled: false,
    days: [[], nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, []],
  },
};
