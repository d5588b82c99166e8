/** Adaptive idle polling and the one-timer contract: the engine asks for as few wake-ups as it can. */
import { describe, expect, it } from 'vitest';
import { defaultEngineSettings } from '../../../electron/core/engine/engine-settings.ts';
import { initialState, step } from '../../../electron/core/engine/engine-step.ts';
import type { EngineContext, EngineEffect } from '../../../electron/core/engine/engine-types.ts';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import { Simulator } from '../../../harness/engine-simulator.ts';
import { minutesOf, MONDAY_9AM, runScenario } from './scenario.ts';

const MIN = 60_000;
const ctx: EngineContext = { settings: defaultEngineSettings, localTime: createLocalTime('UTC') };

/** Wall minutes since the start of the idle samples in [from, to). */
function samplesBetween(sim: Simulator, from: number, to: number): number[] {
  return sim.log
    .filter((e) => e.event?.type === 'idleSample')
    .map((e) => Math.round(((e.event?.now ?? 0) - MONDAY_9AM) / 60) / 1000)
    .filter((m) => m >= from && m < to);
}

describe('break engine: idle polling and wake-ups', () => {
  it('arms the first idle sample at start-up, awayReset ahead at the latest', () => {
    const { state, effects } = initialState(MONDAY_9AM, ctx);
    expect(effects.at(-1)).toEqual({ type: 'pollIdleAt', at: state.nextIdleSampleAt });
    expect(state.nextIdleSampleAt).toBeGreaterThan(MONDAY_9AM);
    expect(state.nextIdleSampleAt).toBeLessThanOrEqual(MONDAY_9AM + 5 * MIN);
  });

  it('while present, samples next when idle could first reach awayReset (awayReset − idle so far)', () => {
    // Reading since minute 6.5: at 10.5, four minutes idle.
    const sim = runScenario({ activity: { idle: [[6.5, 30]] }, minutes: 10.5 });
    const { state } = step(sim.state, { type: 'idleSample', now: sim.now, idleSeconds: 240 }, ctx);
    expect(state.nextIdleSampleAt).toBe(sim.now + MIN);
  });

  it('while away (not locked), samples every 10 s to notice the return', () => {
    const sim = runScenario({ activity: { idle: [[10, 20]] }, minutes: 20 });
    expect(samplesBetween(sim, 15, 16)).toEqual(
      [15, 15 + 1 / 6, 15 + 2 / 6, 15 + 3 / 6, 15 + 4 / 6, 15 + 5 / 6].map(
        (m) => Math.round(m * 1000) / 1000,
      ),
    );
  });

  it.each([
    ['typing without a pause (every 3 s, when a lull could first begin)', 0, 21],
    ['keys every 2.5 s (never sooner than a second apart)', 2.5, 61],
  ])('while waiting for a lull, samples %s, for at most a minute', (_, idle, count) => {
    const sim = new Simulator({ start: MONDAY_9AM, ctx, idleSeconds: () => idle });
    sim.runUntil(MONDAY_9AM + 46.5 * MIN);
    const lull = samplesBetween(sim, 45, 46.5);
    expect(lull).toHaveLength(count);
    expect(lull.at(-1)).toBe(46);
    const gaps = lull.slice(1).map((m, i) => Math.round((m - (lull[i] ?? 0)) * 60));
    expect(gaps.every((g) => g >= 1 && g <= 3)).toBe(true);
    expect(minutesOf(sim, 'showOffer')).toEqual([46]);
  });

  it('where the system cannot report idle time, a due offer shows at once and only locks count as away', () => {
    const sim = new Simulator({ start: MONDAY_9AM, ctx, idleSeconds: () => null });
    sim.runUntil(MONDAY_9AM + 45.5 * MIN);
    expect(minutesOf(sim, 'showOffer')).toEqual([45]);
    expect(sim.state.presence.awaySince).toBeNull();
  });

  it('while locked, asks for no idle samples (unlock says when the user is back)', () => {
    const sim = runScenario({ events: [[10, { type: 'lock' }]], minutes: 70 });
    expect(samplesBetween(sim, 10, 70)).toEqual([]);
    expect(sim.state.nextIdleSampleAt).toBeNull();
  });

  it('paused until resumed: no timers at all', () => {
    const sim = runScenario({ events: [[10, { type: 'pause', choice: 'indefinitely' }]], minutes: 24 * 60 });
    expect(sim.state.nextWakeAt).toBeNull();
    expect(sim.state.nextIdleSampleAt).toBeNull();
    expect(sim.wakeups.filter((t) => t > MONDAY_9AM + 10 * MIN)).toEqual([]);
  });

  it('paused for two hours: one wake-up, at its end', () => {
    const until = MONDAY_9AM + (10 + 120) * MIN;
    const sim = runScenario({ events: [[10, { type: 'pause', choice: '2h' }]], minutes: 10 + 120 });
    expect(sim.wakeups.filter((t) => t > MONDAY_9AM + 10 * MIN)).toEqual([until]);
  });

  it('every step ends with exactly one armTimer and one pollIdleAt, mirroring the state', () => {
    const sim = runScenario({
      activity: { idle: [[10, 20]], typing: [[60, 61]] },
      answer: { after: 1, event: { type: 'snooze' } },
      minutes: 120,
    });
    for (const { effects, state } of sim.log) {
      const timers = effects.filter(
        (e): e is Extract<EngineEffect, { type: 'armTimer' | 'pollIdleAt' }> =>
          e.type === 'armTimer' || e.type === 'pollIdleAt',
      );
      expect(timers).toEqual([
        { type: 'armTimer', at: state.nextWakeAt },
        { type: 'pollIdleAt', at: state.nextIdleSampleAt },
      ]);
      expect(effects.slice(-2)).toEqual(timers);
    }
  });

  it('an hour of steady work costs at most 40 wake-ups (peers use 3,600)', () => {
    const sim = runScenario({
      answer: { after: 0.5, event: { type: 'choose', kind: 'breath' } },
      events: [],
      minutes: 60,
    });
    expect(sim.wakeups.length).toBeLessThanOrEqual(40);
  });
});
