/** Sleep, lock and clock faults: a long absence is a break, a short one changes nothing, and no bursts. */
import { describe, expect, it } from 'vitest';
import { defaultEngineSettings } from '../../../electron/core/engine/engine-settings.ts';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import { Simulator } from '../../../harness/engine-simulator.ts';
import { minutesOf, MONDAY_9AM } from './scenario.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;

function simulator(): Simulator {
  // Present and touching the keyboard or mouse every 10 s.
  return new Simulator({
    start: MONDAY_9AM,
    ctx: { settings: defaultEngineSettings, localTime: createLocalTime('UTC') },
    idleSeconds: () => 10,
  });
}

/** Minutes of real time since the start at which offers were shown (the wall clock may differ). */
function offerRealMinutes(sim: Simulator, wallMinusReal: (at: number) => number): number[] {
  return minutesOf(sim, 'showOffer').map((m) => Math.round((m - wallMinusReal(m)) * 100) / 100);
}

describe('break engine: sleep and clock faults', () => {
  it('a long sleep without a suspend event (a gap far past the armed wake-up) is a natural break', () => {
    const sim = simulator();
    sim.runFor(30 * MIN);
    sim.sleepUnannounced(2 * HOUR);
    sim.runFor(46 * MIN);
    expect(minutesOf(sim, 'showOffer')).toEqual([150 + 45]);
  });

  it('a timer that fires a little late is not mistaken for sleep', () => {
    const sim = simulator();
    sim.runFor(30 * MIN);
    sim.sleepUnannounced(40_000);
    sim.runUntil(MONDAY_9AM + 46 * MIN);
    expect(minutesOf(sim, 'showOffer')).toEqual([45]);
  });

  it('the clock jumping back an hour counts as no time passing (not as an hour of work, nor a break)', () => {
    const sim = simulator();
    sim.runFor(20 * MIN);
    sim.jumpClock(-HOUR);
    sim.runFor(31 * MIN);
    // Only the minutes between the last event and the first one after the jump (at most one
    // sampling gap of 5 min) go uncounted: one offer, 45–50 minutes of real time in.
    const offers = offerRealMinutes(sim, () => -60);
    expect(offers).toHaveLength(1);
    expect(offers[0]).toBeGreaterThanOrEqual(45);
    expect(offers[0]).toBeLessThanOrEqual(50);
  });

  it('after the clock jumps back, an offer that is up still fades within minutes, not an hour later', () => {
    const sim = simulator();
    sim.runFor(45.5 * MIN);
    sim.jumpClock(-HOUR);
    sim.runFor(5 * MIN);
    // Shown at 09:45 real time. The engine hears of the jump at the fade-out tick (09:47) and counts the
    // minutes since the last event as zero, so it fades 2 minutes later: 09:49, 08:49 on the clock.
    expect(minutesOf(sim, 'hideOffer')).toEqual([49 - 60]);
  });

  it('after the clock jumps back, leaving the desk is still noticed after awayReset', () => {
    const sim = new Simulator({
      start: MONDAY_9AM,
      ctx: { settings: defaultEngineSettings, localTime: createLocalTime('UTC') },
      // At the desk for 20 minutes (real time), then gone.
      idleSeconds: (real) => Math.max(0, (real - MONDAY_9AM - 20 * MIN) / 1000),
    });
    sim.runFor(20 * MIN);
    sim.jumpClock(-HOUR);
    // Noticed within awayReset of the first wake-up after the jump (at most 5 min later).
    sim.runFor(10 * MIN);
    expect(sim.state.status).toEqual({ kind: 'away' });
  });

  it('the clock jumping forward an hour is treated as an hour asleep', () => {
    const sim = simulator();
    sim.runFor(20 * MIN);
    sim.jumpClock(HOUR);
    sim.runFor(50 * MIN);
    // The sleep is noticed at the next wake-up (within 5 min); the fresh interval starts there.
    const offers = offerRealMinutes(sim, (m) => (m > 20 ? 60 : 0));
    expect(offers).toHaveLength(1);
    expect(offers[0]).toBeGreaterThanOrEqual(20 + 45);
    expect(offers[0]).toBeLessThanOrEqual(25 + 45);
  });

  it('waking from an 8-hour suspend brings no burst: one offer, a full interval later', () => {
    const sim = simulator();
    sim.runFor(44 * MIN);
    sim.send({ type: 'suspend' });
    sim.sleepUnannounced(8 * HOUR);
    sim.send({ type: 'wake' });
    sim.runFor(50 * MIN);
    expect(minutesOf(sim, 'showOffer')).toEqual([44 + 8 * 60 + 45]);
  });

  it('an overdue offer is not shown on waking from a short suspend before the user is back at the keys', () => {
    const sim = simulator();
    sim.runFor(46 * MIN);
    sim.send({ type: 'suspend' });
    sim.sleepUnannounced(2 * MIN);
    sim.send({ type: 'wake' });
    sim.runFor(10 * MIN);
    // Shown at 45, hidden by the suspend (as not now): next after 5 more minutes of work.
    expect(minutesOf(sim, 'showOffer')).toEqual([45, 53]);
  });

  it('a resume event that never comes is noticed by the next tick', () => {
    const sim = simulator();
    sim.runFor(10 * MIN);
    sim.send({ type: 'suspend' });
    sim.runFor(30 * MIN);
    expect(sim.state.presence.suspended).toBe(false);
    sim.runFor(50 * MIN);
    expect(minutesOf(sim, 'showOffer')).toEqual([40 + 45]);
  });

  it('lock and sleep together: back only when both have ended', () => {
    const sim = simulator();
    sim.runFor(10 * MIN);
    sim.send({ type: 'lock' });
    sim.send({ type: 'suspend' });
    sim.runFor(20 * MIN);
    sim.send({ type: 'wake' });
    expect(sim.state.status).toEqual({ kind: 'away' });
    sim.runFor(MIN);
    sim.send({ type: 'unlock' });
    expect(sim.state.status).toEqual({ kind: 'next-break', minutes: 45 });
  });
});
