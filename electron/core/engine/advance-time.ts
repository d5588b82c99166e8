/**
 * Moving the engine's clock to an event's `now`: counts the work done since the last event, ends an
 * expired pause, notices working hours starting or ending, and handles clock faults (a backwards jump
 * is zero elapsed; a gap far past the armed wake-up without a suspend event is a sleep of that length).
 */
import type { EngineContext, EngineEffect, EngineState } from './engine-types.ts';
import type { Durations } from './engine-timing.ts';
import { CLOCK_SLACK_MS } from './engine-timing.ts';
import { comeBack, freshInterval, isPresent } from './engine-transitions.ts';
import { workingHoursAt } from './working-hours.ts';

/** The earliest wake-up the state asked for, or null when it asked for none. */
function expectedWakeAt(s: EngineState): number | null {
  const times = [s.nextWakeAt, s.nextIdleSampleAt].filter((t) => t !== null);
  return times.length ? Math.min(...times) : null;
}

/** True when `now` is so far past the armed wake-up that the machine must have been asleep. */
function sleptUntil(s: EngineState, now: number): boolean {
  const expected = expectedWakeAt(s);
  return expected !== null && now - expected > Math.max(CLOCK_SLACK_MS, expected - s.lastAt);
}

/**
 * The clock went back: shift every remembered instant with it, so no time seems to have passed. A timed
 * pause moves too, keeping what was left of it rather than stretching by the jump (issue #13, item 2).
 */
function shiftedBack(s: EngineState, delta: number): EngineState {
  const at = (t: number): number => t + delta;
  const opt = (t: number | null): number | null => (t === null ? null : t + delta);
  const p = s.phase;
  const phase =
    p.kind === 'waiting'
      ? { ...p, since: at(p.since), lullSince: opt(p.lullSince) }
      : p.kind === 'offer'
        ? { ...p, shownAt: at(p.shownAt) }
        : p.kind === 'break'
          ? { ...p, since: at(p.since) }
          : p;
  return {
    ...s,
    lastAt: at(s.lastAt),
    presence: {
      ...s.presence,
      awaySince: opt(s.presence.awaySince),
      lastInputAt: at(s.presence.lastInputAt),
    },
    phase,
    pause: s.pause && s.pause.until !== null ? { until: s.pause.until + delta } : s.pause,
    nextWakeAt: opt(s.nextWakeAt),
    nextIdleSampleAt: opt(s.nextIdleSampleAt),
  };
}

/**
 * The state at `now`, with work counted and time-driven changes applied. `timerFired`: the event is the
 * wake-up main armed, so at least the armed delay has passed in elapsed time even if the clock went back.
 */
export function advanceTo(
  state: EngineState,
  now: number,
  ctx: EngineContext,
  d: Durations,
  out: EngineEffect[],
  timerFired = false,
): EngineState {
  let s = now < state.lastAt ? shiftedBack(state, now - state.lastAt) : state;
  // The timer runs on elapsed time, so when it fires before the instant it was armed for, the clock went
  // back (by any amount, also less than the time since the last event) and at least the armed delay has
  // passed: the pause ends that much sooner than the wall clock says. A timed pause therefore never lasts
  // longer than asked in elapsed time (issue #13, item 2).
  const armedAt = timerFired ? expectedWakeAt(state) : null;
  const until = state.pause?.until ?? null;
  if (armedAt !== null && now < armedAt && until !== null) s = { ...s, pause: { until: until - (armedAt - now) } };
  const slept = sleptUntil(s, now);
  let next: EngineState = {
    ...s,
    lastAt: now,
    hours: workingHoursAt(ctx.settings.workingHours, ctx.localTime, now),
  };
  // The stretch [start, end] of the elapsed time that can count as work.
  let start = s.lastAt;
  let end = now;
  let counts = !slept && isPresent(s.presence) && s.phase.kind !== 'break';

  if (s.pause) {
    const until = s.pause.until;
    if (until !== null && until <= now) {
      next = freshInterval({ ...next, pause: null });
      start = Math.max(start, until);
    } else counts = false;
  }

  const was = s.hours;
  const is = next.hours;
  const crossed = was.changeAt !== null && was.changeAt <= now;
  if (!was.inside && is.inside) {
    next = freshInterval(next);
    start = Math.max(start, was.changeAt ?? now);
  } else if (was.inside && is.inside && crossed) {
    next = freshInterval(next);
    start = now;
  } else if (was.inside && !is.inside) {
    end = Math.min(end, was.changeAt ?? now);
  } else if (!is.inside) counts = false;

  if (counts) next = { ...next, workMs: next.workMs + Math.max(0, end - start) };

  if (slept && isPresent(s.presence)) {
    // A sleep nobody announced: an absence from the last event until now.
    next = comeBack({ ...next, presence: { ...next.presence, awaySince: s.lastAt } }, now, now, d, out);
  }
  return next;
}
