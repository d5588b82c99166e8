/**
 * Thirty simulated days (London, across the spring DST change) of a realistic trace through the
 * engine, driven as main drives it. An oracle built from the trace alone says how much work each
 * stretch holds; every offer must land where the rules put it — present, inside working hours, not
 * early, not late — and the state must stay the same size throughout.
 */
import { describe, expect, it } from 'vitest';
import { defaultEngineSettings } from '../../../electron/core/engine/engine-settings.ts';
import type { EngineSettings } from '../../../electron/core/engine/engine-settings.ts';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import { DAY_MS, instantAtWall } from '../../../electron/core/engine/wall-clock.ts';
import type { Segment } from '../../../harness/activity-trace.ts';
import { BUSY_RECHECK_MS } from '../../../electron/core/engine/engine-timing.ts';
import { activityTrace, busyIn, idleSecondsIn, offerAnswers, segmentAt, traceEvents } from '../../../harness/activity-trace.ts';
import { Simulator } from '../../../harness/engine-simulator.ts';

const MIN = 60_000;
const DAYS = 30;
const START = Date.UTC(2025, 2, 17); // Monday 17 March 2025, midnight in London
const london = createLocalTime('Europe/London');
const workday = [{ start: 9 * 60, end: 17 * 60 + 30 }];
const settings: EngineSettings = {
  ...defaultEngineSettings,
  workingHours: { enabled: true, days: [[], workday, workday, workday, workday, workday, []] },
  // Meetings are calls: a due offer asks, and waits for the meeting's end (issue #16).
  checksBusy: true,
};
const trace = activityTrace(START, DAYS, london, 7);

/** Working-hours windows, Monday to Friday 09:00–17:30 London time. */
const hours: [number, number][] = [];
for (let d = 0; d < DAYS; d++) {
  const day = START / DAY_MS + d;
  const weekday = (day + 4) % 7;
  if (weekday === 0 || weekday === 6) continue;
  const at = (minute: number): number => instantAtWall(london.offsetMs, day * DAY_MS + minute * MIN);
  hours.push([at(9 * 60), at(17 * 60 + 30)]);
}
const inHours = (t: number): boolean => hours.some(([a, b]) => t >= a && t < b);

/** Time that counts as work, from the trace alone: at the keys, reading, in a meeting; idle only until awayReset. */
function counted(s: Segment): [number, number] | null {
  if (s.kind === 'typing' || s.kind === 'reading' || s.kind === 'meeting') return [s.from, s.to];
  if (s.kind === 'idle') return [s.from, Math.min(s.to, s.from + 5 * MIN)];
  return null;
}
const work: [number, number][] = trace.flatMap((s) => {
  const c = counted(s);
  if (!c) return [];
  return hours.flatMap(([a, b]): [number, number][] =>
    Math.max(a, c[0]) < Math.min(b, c[1]) ? [[Math.max(a, c[0]), Math.min(b, c[1])]] : [],
  );
});
/** The instant at which `amount` of work has been done since `from`, or null. */
function workReached(from: number, amount: number): number | null {
  let left = amount;
  for (const [a, b] of work) {
    if (b <= from) continue;
    const start = Math.max(a, from);
    if (b - start >= left) return start + left;
    left -= b - start;
  }
  return null;
}
const workBetween = (from: number, to: number): number =>
  work.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);

/** Natural breaks in the trace: returns from absences of at least awayReset. */
const returns = trace
  .filter((s) => ['idle', 'locked', 'asleep'].includes(s.kind) && s.to - s.from >= 5 * MIN)
  .map((s) => s.to);

function runSoak(): Simulator {
  const sim = new Simulator({
    start: START,
    ctx: { settings, localTime: london },
    idleSeconds: (t) => idleSecondsIn(trace, t),
    busyAt: (t) => busyIn(trace, t),
    onEffect: offerAnswers(11),
  });
  for (const [t, event] of traceEvents(trace)) sim.schedule(t, event);
  sim.runUntil(START + DAYS * DAY_MS);
  return sim;
}

describe('break engine: 30-day soak over a realistic trace', { timeout: 60_000 }, () => {
  const sim = runSoak();
  const offers = sim.effects.filter(({ effect }) => effect.type === 'showOffer').map(({ at }) => at);

  // Where the count (re)starts, and how much work is then due: 45 min after a break, a natural break
  // or the start of working hours or a skip; 5 min after not now (or an offer fading or going away).
  const points = [
    ...returns.map((at) => ({ at, dueMin: 45 })),
    ...hours.map(([a]) => ({ at: a, dueMin: 45 })),
    ...sim.log.flatMap(({ event, effects }) =>
      !event
        ? []
        : effects.flatMap((e) =>
            e.type === 'closeWindow'
              ? [{ at: event.now, dueMin: 45 }]
              : e.type === 'hideOffer'
                ? [{ at: event.now, dueMin: event.type === 'skip' ? 45 : 5 }]
                : [],
          ),
    ),
  ].sort((a, b) => a.at - b.at);

  it('offers every working day, and never on weekends', () => {
    const perDay = hours.map(([a, b]) => offers.filter((t) => t >= a && t < b).length);
    expect(Math.min(...perDay)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...perDay)).toBeLessThanOrEqual(20);
    expect(offers.filter((t) => !inHours(t))).toEqual([]);
  });

  it('offers only while the user is there (at the keys, reading, or not yet gone awayReset)', () => {
    for (const t of offers) {
      const s = segmentAt(trace, t);
      const there =
        s && (s.kind === 'typing' || s.kind === 'reading' || (s.kind === 'idle' && t - s.from < 5 * MIN));
      expect(there ? 'there' : `${s?.kind ?? '?'} at ${new Date(t).toISOString()}`).toBe('there');
    }
  });

  it('never offers early: each offer comes after the work its rule asks for', () => {
    for (const t of offers) {
      const p = points.filter((q) => q.at < t).at(-1);
      if (!p) throw new Error('an offer before any count point');
      expect(workBetween(p.at, t)).toBeGreaterThanOrEqual(p.dueMin * MIN - 1000);
    }
  });

  it('never offers late: within a typing lull (and the few seconds of sampling) of falling due', () => {
    let checked = 0;
    const late: string[] = [];
    points.forEach((p, i) => {
      const due = workReached(p.at, p.dueMin * MIN);
      if (due === null) return;
      // In a meeting the offer waits for its end, and for the next check after it.
      const seg = segmentAt(trace, due);
      const deadline = (seg?.kind === 'meeting' ? seg.to + BUSY_RECHECK_MS : due) + 75_000;
      const next = points[i + 1]?.at ?? Number.POSITIVE_INFINITY;
      if (deadline >= next || !inHours(deadline)) return;
      checked++;
      const offer = offers.find((t) => t >= p.at);
      if (offer === undefined || offer > deadline) {
        late.push(
          `due ${new Date(due).toISOString()}, offered ${offer === undefined ? 'never' : new Date(offer).toISOString()}`,
        );
      }
    });
    expect(late).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });

  it('keeps its state the same size for 30 days', () => {
    const sizes = sim.log.map(({ state }) => JSON.stringify(state).length);
    expect(Math.max(...sizes)).toBeLessThan(600);
    const keys = new Set(sim.log.map(({ state }) => Object.keys(state).sort().join()));
    expect(keys.size).toBe(1);
  });

  it('wakes at most 40 times an hour in working hours', () => {
    const wakeups = sim.wakeups.filter(inHours).length;
    const hoursWorked = hours.reduce((sum, [a, b]) => sum + (b - a), 0) / (60 * MIN);
    expect(wakeups / hoursWorked).toBeLessThanOrEqual(40);
  });
});
