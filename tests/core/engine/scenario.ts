/** Table-driven scenarios for the engine: a user's activity, events at minutes, and what came out. */
import { defaultEngineSettings } from '../../../electron/core/engine/engine-settings.ts';
import type { EngineSettings } from '../../../electron/core/engine/engine-settings.ts';
import type { EngineEffect, EngineInput, IdleSource } from '../../../electron/core/engine/engine-types.ts';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import { Simulator } from '../../../harness/engine-simulator.ts';

export const MIN = 60_000;
/** Monday 6 January 2025, 09:00 UTC. */
export const MONDAY_9AM = Date.UTC(2025, 0, 6, 9, 0);

/** Minute spans [from, to) of a user's activity; everything else is "present, touching input every 10 s". */
export interface Activity {
  /** No input at all (reading a long page, or gone for coffee). */
  readonly idle?: readonly (readonly [number, number])[];
  /** Typing without a pause. */
  readonly typing?: readonly (readonly [number, number])[];
}

/** Idle seconds at a minute since the start, for an activity. */
export function idleSecondsFor(activity: Activity): (minute: number) => number {
  // Rounded to the millisecond, as an OS reports it (and free of float dust at exact seconds).
  return (m) => Math.round(rawIdleSeconds(activity, m) * 1000) / 1000;
}

function rawIdleSeconds(activity: Activity, m: number): number {
  if (activity.typing?.some(([a, b]) => m >= a && m < b)) return 0;
  const span = activity.idle?.find(([a, b]) => m >= a && m < b);
  if (span) return (m - span[0]) * 60;
  const ended = [...(activity.idle ?? []), ...(activity.typing ?? [])]
    .filter(([, b]) => b <= m)
    .map(([, b]) => b);
  return Math.min(10, ...ended.map((b) => (m - b) * 60));
}

export interface ScenarioSpec {
  readonly settings?: Partial<EngineSettings>;
  readonly timeZone?: string;
  /** Where idle time comes from (left out: 'sampled'); with 'pushed', the pushes go in `events`. */
  readonly idleSource?: IdleSource;
  readonly start?: number;
  readonly activity?: Activity;
  /**
   * Minute spans [from, to) in which the moment is busy (DND, full screen, a call), as main's busy check
   * answers; turns checksBusy on unless settings say otherwise.
   */
  readonly busy?: readonly (readonly [number, number])[];
  /** Main never answers a busy check (a reader hung past every deadline). */
  readonly checksUnanswered?: boolean;
  /** Events at minutes since the start. */
  readonly events?: readonly (readonly [number, EngineInput])[];
  /** Runs this many minutes. */
  readonly minutes: number;
  /** Answers to offers, e.g. 'snooze' one minute after each showOffer. */
  readonly answer?: { readonly after: number; readonly event: EngineInput };
}

/** Plays a scenario through the simulator. */
export function runScenario(spec: ScenarioSpec): Simulator {
  const start = spec.start ?? MONDAY_9AM;
  const idle = idleSecondsFor(spec.activity ?? {});
  const answer = spec.answer;
  const sim = new Simulator({
    start,
    ctx: {
      settings: { ...defaultEngineSettings, ...(spec.busy && { checksBusy: true }), ...spec.settings },
      localTime: createLocalTime(spec.timeZone ?? 'UTC'),
      ...(spec.idleSource && { idleSource: spec.idleSource }),
    },
    idleSeconds: (real) => idle((real - start) / MIN),
    busyAt: (real) =>
      spec.checksUnanswered ? null : (spec.busy ?? []).some(([a, b]) => (real - start) / MIN >= a && (real - start) / MIN < b),
    onEffect:
      answer &&
      ((e, s) => e.type === 'showOffer' && s.schedule(s.realNow + answer.after * MIN, answer.event)),
  });
  for (const [minute, event] of spec.events ?? []) sim.schedule(start + minute * MIN, event);
  sim.runUntil(start + spec.minutes * MIN);
  return sim;
}

/** Minutes since the start (to 0.01) at which effects of a type were emitted. */
export function minutesOf(sim: Simulator, type: EngineEffect['type'], start = MONDAY_9AM): number[] {
  return sim.effects
    .filter(({ effect }) => effect.type === type)
    .map(({ at }) => Math.round(((at - start) / MIN) * 100) / 100);
}
