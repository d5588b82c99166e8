/**
 * When the engine next needs to hear from main, kept as rare as the rules allow: while present, one idle
 * sample when the user could first count as away (awayReset after the last input), at the status's next
 * coarse step and when the break falls due — these tend to coincide; while away (not locked), a sample
 * every 10 s to notice the return, or none where the desktop pushes the return (idle source 'pushed');
 * waiting for a typing lull, one at the earliest moment a lull could have begun (3 s after the last
 * input, never sooner than 1 s) for at most a minute, whatever the idle source; asking whether the moment
 * is busy (busy-moment.ts), the answer's deadline, then once a minute while held; locked, asleep, paused
 * or outside working hours, only the instant that ends it; paused until resumed, nothing at all.
 */
import type { Durations } from './engine-timing.ts';
import {
  AWAY_POLL_MS,
  BREAK_GUARD_MS,
  LULL_IDLE_MS,
  LULL_MAX_MS,
  MIN_DELAY_MS,
  SUSPEND_GUARD_MS,
} from './engine-timing.ts';
import { momentWakeAt } from './busy-moment.ts';
import type { EngineState, IdleSource } from './engine-types.ts';
import { dueWorkMs } from './engine-transitions.ts';

/** The wake-ups the state needs: ticks and idle samples (null: none). */
interface Wakeups {
  readonly nextWakeAt: number | null;
  readonly nextIdleSampleAt: number | null;
}

/** Plans the next tick and idle sample after `now`; statusChangesAt is when the status would next move. */
export function planWakeups(
  s: EngineState,
  now: number,
  d: Durations,
  statusChangesAt: number | null,
  idleSource: IdleSource,
): Wakeups {
  const ticks: number[] = [];
  const samples: number[] = [];
  const { presence: p, phase } = s;

  // Pause and working-hours boundaries. Where tracking resumes, make it a sample: it tells us at once
  // whether the user is there.
  if (s.pause) {
    if (s.pause.until !== null) samples.push(s.pause.until);
    // A pause ending on another day: the status line drops the day at midnight.
    if (s.pause.until !== null && statusChangesAt !== null) ticks.push(statusChangesAt);
  } else if (s.hours.changeAt !== null) {
    (s.hours.inside ? ticks : samples).push(s.hours.changeAt);
  }
  if (phase.kind === 'break') ticks.push(phase.since + BREAK_GUARD_MS);

  const pausedForGood = s.pause !== null && s.pause.until === null;
  if (p.suspended) {
    if (!pausedForGood) ticks.push(now + SUSPEND_GUARD_MS);
  } else if (!p.locked && s.pause === null && s.hours.inside && phase.kind !== 'break') {
    if (p.idleAway) {
      // Pushed: the desktop's user-active watch says when they are back; a lock or a click does too.
      if (idleSource === 'sampled') samples.push(now + AWAY_POLL_MS);
    } else {
      samples.push(p.lastInputAt + d.awayResetMs);
      if (statusChangesAt !== null) samples.push(statusChangesAt);
      if (phase.kind === 'counting') samples.push(now + dueWorkMs(s, d) - s.workMs);
      else if (phase.kind === 'offer') ticks.push(phase.shownAt + d.offerTimeoutMs);
      else if (phase.lullSince === null) ticks.push(momentWakeAt(s) ?? now);
      // A lull can begin no sooner than LULL_IDLE after the last input: sample then, not every second.
      else samples.push(Math.min(p.lastInputAt + LULL_IDLE_MS, phase.lullSince + LULL_MAX_MS));
    }
  }
  const earliest = (times: number[]): number | null =>
    times.length ? Math.max(now + MIN_DELAY_MS, Math.min(...times)) : null;
  return { nextWakeAt: earliest(ticks), nextIdleSampleAt: earliest(samples) };
}
