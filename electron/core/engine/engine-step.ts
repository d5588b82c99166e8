/**
 * The break engine: a pure reducer. Each event moves the clock (counting work), applies the event,
 * settles the break cycle, then plans. Every result ends with one armTimer and one pollIdleAt effect
 * giving the next tick and idle sample wanted (null: none), also kept as state.nextWakeAt and
 * state.nextIdleSampleAt. Main keeps one timer for the earlier of the two; when it fires it sends an
 * idleSample if nextIdleSampleAt has come, else a tick. Where the desktop pushes idle time (idle source
 * 'pushed'), main also sends idleReport as its watches fire, and no sample is asked for while away.
 */
import { advanceTo } from './advance-time.ts';
import { applyEvent, idleMsOf } from './apply-event.ts';
import { sameStatus, statusOf } from './engine-status.ts';
import type { Durations } from './engine-timing.ts';
import { durationsOf } from './engine-timing.ts';
import type { EngineContext, EngineEffect, EngineEvent, EngineState, StepResult } from './engine-types.ts';
import { planWakeups } from './plan-wakeups.ts';
import { settlePhase } from './settle-phase.ts';
import { workingHoursAt } from './working-hours.ts';

function finish(
  s: EngineState,
  now: number,
  ctx: EngineContext,
  d: Durations,
  out: EngineEffect[],
  firstStatus: boolean,
): StepResult {
  const { status, changesAt } = statusOf(s, now, d, ctx.localTime);
  if (firstStatus || !sameStatus(status, s.status)) out.push({ type: 'setStatus', status });
  const wakeups = planWakeups(s, now, d, changesAt, ctx.idleSource ?? 'sampled');
  out.push(
    { type: 'armTimer', at: wakeups.nextWakeAt },
    { type: 'pollIdleAt', at: wakeups.nextIdleSampleAt },
  );
  return { state: { ...s, status, ...wakeups }, effects: out };
}

/** The engine at start-up (user assumed present, a fresh interval), with its first status and wake-ups. */
export function initialState(now: number, ctx: EngineContext): StepResult {
  const state: EngineState = {
    lastAt: now,
    workMs: 0,
    countFromMs: 0,
    dueAfter: 'interval',
    presence: { locked: false, suspended: false, idleAway: false, awaySince: null, lastInputAt: now },
    pause: null,
    hours: workingHoursAt(ctx.settings.workingHours, ctx.localTime, now),
    busyCheck: null,
    phase: { kind: 'counting' },
    status: { kind: 'next-break', minutes: 0 },
    nextWakeAt: null,
    nextIdleSampleAt: null,
  };
  return finish(state, now, ctx, durationsOf(ctx.settings), [], true);
}

/** The context from this event on: settings and idle-source changes take effect at once. */
function contextAfter(ctx: EngineContext, event: EngineEvent): EngineContext {
  if (event.type === 'settingsChanged') return { ...ctx, settings: event.settings };
  if (event.type === 'idleSourceChanged') return { ...ctx, idleSource: event.source };
  return ctx;
}

/** One event in, the next state and the effects for main out. Pure. */
export function step(state: EngineState, event: EngineEvent, ctx: EngineContext): StepResult {
  const c = contextAfter(ctx, event);
  const d = durationsOf(c.settings);
  const out: EngineEffect[] = [];
  // Ticks and idle samples come only from the one timer main armed (electron/main/breaks/wire-breaks.ts).
  const timerFired = event.type === 'tick' || event.type === 'idleSample';
  let s = advanceTo(state, event.now, c, d, out, timerFired);
  // After a backwards jump the old timeline is shifted onto now, so the previous event is "now".
  s = applyEvent(s, event, Math.min(state.lastAt, event.now), c, d, out);
  s = settlePhase(s, event.now, d, idleMsOf(event), c.settings.checksBusy === true, out);
  return finish(s, event.now, c, d, out, false);
}
