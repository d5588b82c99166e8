/**
 * Idle pushed by the desktop (GNOME Mutter's idle watches): away and back cost no wake-ups, breaks count
 * as with sampling, a lost push is harmless, and the source can come and go mid-day.
 */
import { describe, expect, it } from 'vitest';
import type { EngineInput } from '../../../electron/core/engine/engine-types.ts';
import type { Activity } from './scenario.ts';
import { MIN, minutesOf, MONDAY_9AM, runScenario } from './scenario.ts';
import type { Simulator } from '../../../harness/engine-simulator.ts';

const AWAY_RESET_MIN = 5;

/** What the desktop's watches push for idle spans: idle for awayReset, then input again at the end. */
function pushesFor(idle: readonly (readonly [number, number])[]): [number, EngineInput][] {
  return idle
    .filter(([from, to]) => to - from >= AWAY_RESET_MIN)
    .flatMap(([from, to]): [number, EngineInput][] => [
      [from + AWAY_RESET_MIN, { type: 'idleReport', idleSeconds: AWAY_RESET_MIN * 60 }],
      [to, { type: 'idleReport', idleSeconds: 0 }],
    ]);
}

/** Timer wake-ups in the wall-minute span (from, to), open at both ends. */
function wakeupsBetween(sim: Simulator, from: number, to: number): number {
  return sim.wakeups.filter((t) => t > MONDAY_9AM + from * MIN && t < MONDAY_9AM + to * MIN).length;
}

describe('break engine: idle pushed by the desktop', () => {
  it.each([
    ['a 20-minute absence', [10, 30], [75]],
    ['an absence just past awayReset', [10, 15.5], [60.5]],
    ['a long lunch after a break', [100, 160], [45, 205]],
  ] as const)('%s: no wake-ups while away, and the break counts as with sampling', (_, span, offers) => {
    const activity: Activity = { idle: [span] };
    const play = (pushed: boolean): Simulator =>
      runScenario({
        activity,
        idleSource: pushed ? 'pushed' : 'sampled',
        events: pushed ? pushesFor([span]) : [],
        answer: { after: 0.5, event: { type: 'choose', kind: 'breath' } },
        minutes: span[1] + 46,
      });
    const sampled = play(false);
    const pushed = play(true);
    const [from, to] = span;
    expect(wakeupsBetween(pushed, from + AWAY_RESET_MIN, to)).toBe(0);
    expect(wakeupsBetween(sampled, from + AWAY_RESET_MIN, to)).toBeGreaterThan(
      6 * (to - from - AWAY_RESET_MIN) - 2,
    );
    expect(minutesOf(pushed, 'showOffer')).toEqual(offers);
    expect(minutesOf(pushed, 'showOffer')).toEqual(minutesOf(sampled, 'showOffer'));
    expect(pushed.state.workMs).toBe(sampled.state.workMs);
  });

  it('an absence shorter than awayReset: nothing is pushed and nothing changes', () => {
    const sim = runScenario({ activity: { idle: [[10, 13]] }, idleSource: 'pushed', minutes: 50 });
    expect(minutesOf(sim, 'showOffer')).toEqual([45]);
  });

  it.each([
    [
      'a lock and an unlock',
      [
        [45, { type: 'lock' }],
        [50, { type: 'unlock' }],
      ],
      50,
    ],
    ['taking a break from the tray', [[45, { type: 'takeBreakNow', kind: 'tea' }]], 45],
  ] as const)('the return push never comes: %s still brings the user back', (_, events, backAt) => {
    // Back at minute 40, but the user-active push was lost.
    const sim = runScenario({
      activity: { idle: [[10, 40]] },
      idleSource: 'pushed',
      events: [[15, { type: 'idleReport', idleSeconds: 300 }], ...events],
      minutes: backAt + 1,
    });
    expect(wakeupsBetween(sim, 15, backAt)).toBe(0);
    expect(
      sim.log.find((e) => e.event?.now === MONDAY_9AM + backAt * MIN)?.state.presence.awaySince,
    ).toBeNull();
    // Away from 10: a natural break, so the count starts again.
    expect(sim.state.workMs).toBeLessThan(2 * MIN);
  });

  it('locked for 10 minutes counts as a break, whatever the idle source', () => {
    const sim = runScenario({
      idleSource: 'pushed',
      events: [
        [20, { type: 'lock' }],
        [30, { type: 'unlock' }],
      ],
      minutes: 80,
    });
    expect(minutesOf(sim, 'showOffer')).toEqual([75]);
  });

  it('the idle watch goes away mid-absence: sampling resumes and notices the return', () => {
    const sim = runScenario({
      activity: { idle: [[10, 40]] },
      idleSource: 'pushed',
      events: [
        [15, { type: 'idleReport', idleSeconds: 300 }],
        [30, { type: 'idleSourceChanged', source: 'sampled' }],
      ],
      minutes: 90,
    });
    expect(wakeupsBetween(sim, 15, 30)).toBe(0);
    expect(wakeupsBetween(sim, 30, 40)).toBeGreaterThanOrEqual(59);
    expect(sim.ctx.idleSource).toBe('sampled');
    expect(minutesOf(sim, 'showOffer')).toEqual([85]);
  });

  it('the idle watch appears mid-absence: polling stops until the push', () => {
    const sim = runScenario({
      activity: { idle: [[10, 40]] },
      events: [
        [20, { type: 'idleSourceChanged', source: 'pushed' }],
        [40, { type: 'idleReport', idleSeconds: 0 }],
      ],
      minutes: 90,
    });
    expect(wakeupsBetween(sim, 15, 20)).toBeGreaterThanOrEqual(29);
    expect(wakeupsBetween(sim, 20, 40)).toBe(0);
    expect(minutesOf(sim, 'showOffer')).toEqual([85]);
  });

  it('a push is not the timer: it never shortens a timed pause', () => {
    const sim = runScenario({
      idleSource: 'pushed',
      events: [
        [10, { type: 'pause', choice: '1h' }],
        [20, { type: 'idleReport', idleSeconds: 0 }],
      ],
      minutes: 30,
    });
    expect(sim.state.pause).toEqual({ until: MONDAY_9AM + 70 * MIN });
  });
});
