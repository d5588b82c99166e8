/** The engine's fixed timings, and the user's durations in ms (sanitised so bad values cannot stall it). */
import type { EngineSettings } from './engine-settings.ts';
import { defaultEngineSettings } from './engine-settings.ts';
import { MINUTE_MS } from './wall-clock.ts';

/** Idle this long at the due moment is a pause in typing: show the offer now. */
export const LULL_IDLE_MS = 3_000;
/** Wait at most this long for a typing lull. */
export const LULL_MAX_MS = 60_000;
/** Poll idle this often while away (not locked) to notice the return. */
export const AWAY_POLL_MS = 10_000;
/** While a due offer is held by a busy moment, ask again at most this often (issue #16). */
export const BUSY_RECHECK_MS = MINUTE_MS;
/** A busy check not answered within this long counts as not busy: an unknown moment never holds a break. */
export const BUSY_ANSWER_MS = 15_000;
/** A due offer held by a busy moment this long is let go quietly: a fresh interval, nothing counted. */
export const BUSY_MAX_WAIT_MS = 90 * MINUTE_MS;
/** A prompt open this long (its window lost, say) counts as a break taken, so the cycle never sticks. */
export const BREAK_GUARD_MS = 30 * MINUTE_MS;
/** While suspended, tick this rarely in case the resume event never comes. */
export const SUSPEND_GUARD_MS = 30 * MINUTE_MS;
/** An event later than its armed wake-up by more than max(this, the armed delay) means the machine slept. */
export const CLOCK_SLACK_MS = 60_000;
/** Requested wake-ups are at least this far after now (so lull polls come at most once a second). */
export const MIN_DELAY_MS = 1_000;

/** The user's durations in ms. */
export interface Durations {
  readonly intervalMs: number;
  readonly snoozeMs: number;
  readonly awayResetMs: number;
  readonly offerTimeoutMs: number;
}

function minutes(value: number, fallback: number, least: number): number {
  return (Number.isFinite(value) ? Math.max(value, least) : fallback) * MINUTE_MS;
}

/** Durations from settings; non-numbers fall back to the defaults and tiny values to a floor. */
export function durationsOf(settings: EngineSettings): Durations {
  const d = defaultEngineSettings;
  return {
    intervalMs: minutes(settings.intervalMin, d.intervalMin, 1),
    snoozeMs: minutes(settings.snoozeMin, d.snoozeMin, 1),
    awayResetMs: minutes(settings.awayResetMin, d.awayResetMin, 1),
    offerTimeoutMs: minutes(settings.offerTimeoutMin, d.offerTimeoutMin, 0.25),
  };
}
