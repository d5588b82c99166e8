/**
 * A realistic, seeded activity trace for long runs: nights asleep (suspended; one night a week the
 * machine is left on and the screen locks), mornings of typing bursts and reading, a coffee away from
 * the desk, meetings (busy), lunch with the screen locked, short tea breaks and quick locks, weekends
 * mostly off. Gives the idle time the OS would report and the events main would forward.
 */
import type { LocalTime } from '../electron/core/engine/local-time.ts';
import {
  DAY_MS,
  instantAtWall,
  MINUTE_MS,
  splitWall,
  wallAt,
} from '../electron/core/engine/wall-clock.ts';
import type { EngineEffect, EngineInput } from '../electron/core/engine/engine-types.ts';
import type { Simulator } from './engine-simulator.ts';

type SegmentKind = 'typing' | 'reading' | 'meeting' | 'idle' | 'locked' | 'asleep';

/** What the user is doing over [from, to) (epoch ms). */
export interface Segment {
  readonly kind: SegmentKind;
  readonly from: number;
  readonly to: number;
}

/** A small seeded PRNG (mulberry32), so traces are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Plan = [SegmentKind, number][]; // kind from a local minute of the day

/** Typing and reading in turns over [from, to) (local minutes), with the odd tea at the desk or quick lock. */
function work(plan: Plan, from: number, to: number, rnd: () => number): void {
  let m = from;
  while (m < to) {
    plan.push(['typing', m]);
    m += 10 + rnd() * 15;
    if (m >= to) break;
    const r = rnd();
    plan.push([r < 0.12 ? 'idle' : r < 0.17 ? 'locked' : 'reading', m]);
    m += r < 0.17 ? 1 + rnd() * 2.5 : 3 + rnd() * 5;
  }
}

function weekdayPlan(weekday: number, rnd: () => number): Plan {
  const plan: Plan = [['asleep', 0]];
  const jitter = (n: number): number => (rnd() - 0.5) * 2 * n;
  const coffee = 10 * 60 + 30 + jitter(15);
  work(plan, 8 * 60 + 20 + rnd() * 20, coffee, rnd);
  plan.push(['idle', coffee]);
  const back = coffee + 8 + rnd() * 7;
  const lunch = 12 * 60 + 30 + jitter(15);
  if (rnd() < 0.5) {
    work(plan, back, 11 * 60 + 15, rnd);
    plan.push(['meeting', 11 * 60 + 15]);
    work(plan, 11 * 60 + 45 + rnd() * 30, lunch, rnd);
  } else work(plan, back, lunch, rnd);
  plan.push(['locked', lunch]);
  const afternoon = lunch + 35 + rnd() * 25;
  const evening = 17 * 60 + 30 + jitter(20);
  if (rnd() < 0.4) {
    work(plan, afternoon, 15 * 60, rnd);
    plan.push(['meeting', 15 * 60]);
    work(plan, 15 * 60 + 30 + rnd() * 30, evening, rnd);
  } else work(plan, afternoon, evening, rnd);
  // On Wednesdays the laptop stays on: idle, then the screen locks until the morning.
  if (weekday === 3) plan.push(['idle', evening], ['locked', evening + 10]);
  else plan.push(['asleep', evening]);
  return plan;
}

function weekendPlan(rnd: () => number): Plan {
  return rnd() < 0.5
    ? [
        ['asleep', 0],
        ['reading', 11 * 60],
        ['asleep', 11 * 60 + 30],
      ]
    : [['asleep', 0]];
}

/** A trace of `days` days from the local midnight at or after `start`, in one zone. */
export function activityTrace(start: number, days: number, localTime: LocalTime, seed: number): Segment[] {
  const rnd = seededRandom(seed);
  const offsetOf = (ms: number): number => localTime.offsetMs(ms);
  const firstDay = splitWall(wallAt(offsetOf, start)).day;
  const points: [SegmentKind, number][] = [];
  for (let d = 0; d < days; d++) {
    const day = firstDay + d;
    const weekday = (((day + 4) % 7) + 7) % 7;
    const plan = weekday === 0 || weekday === 6 ? weekendPlan(rnd) : weekdayPlan(weekday, rnd);
    for (const [kind, minute] of plan)
      points.push([kind, instantAtWall(offsetOf, day * DAY_MS + Math.round(minute * 60) * 1000)]);
  }
  return segmentsFrom(points, instantAtWall(offsetOf, (firstDay + days) * DAY_MS));
}

/**
 * An active stretch from `start` for `minutes`: typing bursts and reading in turns, the odd tea at
 * the desk or quick lock, and a 45-minute meeting halfway (for the bench's working day).
 */
export function activeWorkTrace(start: number, minutes: number, seed: number): Segment[] {
  const rnd = seededRandom(seed);
  const plan: Plan = [];
  const meeting = Math.round(minutes / 2);
  work(plan, 0, meeting, rnd);
  plan.push(['meeting', meeting]);
  work(plan, meeting + 45, minutes, rnd);
  return segmentsFrom(
    plan.map(([kind, m]) => [kind, start + Math.round(m * 60) * 1000]),
    start + minutes * MINUTE_MS,
  );
}

/** Contiguous segments from (kind, start) points, merging neighbours of the same kind. */
function segmentsFrom(points: readonly [SegmentKind, number][], end: number): Segment[] {
  const segments: Segment[] = [];
  points.forEach(([kind, from], i) => {
    const to = points[i + 1]?.[1] ?? end;
    const last = segments.at(-1);
    if (to <= from) return;
    if (last?.kind === kind && last.to === from)
      segments[segments.length - 1] = { kind, from: last.from, to };
    else segments.push({ kind, from, to });
  });
  return segments;
}

/** The segment at an instant (binary search), or undefined outside the trace. */
export function segmentAt(trace: readonly Segment[], t: number): Segment | undefined {
  let lo = 0;
  let hi = trace.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = trace[mid];
    if (!s) break;
    if (t < s.from) hi = mid - 1;
    else if (t >= s.to) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Seconds since the last input, as the OS would report it at `t`. */
export function idleSecondsIn(trace: readonly Segment[], t: number): number {
  const s = segmentAt(trace, t);
  if (!s) return 0;
  const into = t - s.from;
  switch (s.kind) {
    case 'typing': {
      // Bursts of 25 s with a key every second, then 5 s of thought.
      const phase = into % 30_000;
      return (phase < 25_000 ? phase % 1000 : phase - 25_000) / 1000;
    }
    case 'reading':
      return (into % 90_000) / 1000;
    case 'meeting':
      return (into % 180_000) / 1000;
    default:
      return into / 1000;
  }
}

/** True while the trace is in a meeting: a call, as main's busy check would read it (issue #16). */
export function busyIn(trace: readonly Segment[], t: number): boolean {
  return segmentAt(trace, t)?.kind === 'meeting';
}

/** The events main would forward for a trace: lock/unlock and suspend/wake. */
export function traceEvents(trace: readonly Segment[]): [number, EngineInput][] {
  const pairs: Partial<Record<SegmentKind, [EngineInput, EngineInput]>> = {
    locked: [{ type: 'lock' }, { type: 'unlock' }],
    asleep: [{ type: 'suspend' }, { type: 'wake' }],
  };
  return trace.flatMap((s): [number, EngineInput][] => {
    const pair = pairs[s.kind];
    return pair
      ? [
          [s.from, pair[0]],
          [s.to, pair[1]],
        ]
      : [];
  });
}

/**
 * How the user answers offers (seeded): a little over half the time they choose one and finish it a
 * minute later, sometimes not now, sometimes skip, and about one in five they let it fade.
 */
export function offerAnswers(seed: number): (effect: EngineEffect, sim: Simulator) => void {
  const answer = seededRandom(seed);
  return (effect, sim) => {
    if (effect.type !== 'showOffer') return;
    const r = answer();
    const t = sim.realNow;
    if (r < 0.55) {
      sim.schedule(t + 8_000, { type: 'choose', kind: r < 0.2 ? 'breath' : r < 0.4 ? 'tea' : 'kind' });
      sim.schedule(t + 68_000, { type: 'done' });
    } else if (r < 0.7) sim.schedule(t + 6_000, { type: 'snooze' });
    else if (r < 0.8) sim.schedule(t + 6_000, { type: 'skip' });
  };
}
