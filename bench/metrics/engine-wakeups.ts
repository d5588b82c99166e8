/**
 * Break-engine wake-ups per hour: how often main's one timer fires (ticks and idle samples the engine
 * asks for; requests for the same instant fire once). Played through the test simulator, which drives
 * the engine the way main does. Active: 8-hour working days of typing bursts, reading, short teas and
 * quick locks and a meeting (a call: a due offer is held by the busy check, issue #16), the user answering
 * offers in a realistic mix (five seeded days, averaged); with it, the busy checks asked per held offer.
 * Away: an hour idle at an unlocked machine, per idle source: sampled (the engine polls to notice the
 * return) and pushed (GNOME Mutter's idle watches tell main; no timer until the user is back). Paused: an
 * hour paused until resumed.
 */
import { defaultEngineSettings } from '../../electron/core/engine/engine-settings.ts';
import type { EngineContext, IdleSource } from '../../electron/core/engine/engine-types.ts';
import { createLocalTime } from '../../electron/core/engine/local-time.ts';
import {
  activeWorkTrace,
  busyIn,
  idleSecondsIn,
  offerAnswers,
  traceEvents,
} from '../../harness/activity-trace.ts';
import { Simulator } from '../../harness/engine-simulator.ts';
import type { MetricSource } from '../metric.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const MONDAY_9AM = Date.UTC(2025, 0, 6, 9);
// Every "don't interrupt me" signal on, as a new user has them.
const ctx: EngineContext = { settings: { ...defaultEngineSettings, checksBusy: true }, localTime: createLocalTime('UTC') };

/** Over an 8-hour active day, averaged over seeded days: wake-ups per hour, and busy checks per held offer. */
function activeDay(seeds: readonly number[]): { wakeupsPerHour: number; checksPerHeldOffer: number } {
  let checks = 0;
  let held = 0;
  const perDay = seeds.map((seed) => {
    const trace = activeWorkTrace(MONDAY_9AM, 8 * 60, seed);
    const sim = new Simulator({
      start: MONDAY_9AM,
      ctx,
      idleSeconds: (t) => idleSecondsIn(trace, t),
      busyAt: (t) => busyIn(trace, t),
      onEffect: offerAnswers(seed),
    });
    for (const [t, event] of traceEvents(trace)) sim.schedule(t, event);
    sim.runUntil(MONDAY_9AM + 8 * HOUR);
    // A held offer: a due offer whose first check said busy (its status turned to "held"); its checks are
    // that first one and every one asked while held.
    for (let i = 1; i < sim.log.length; i++) {
      const before = sim.log[i - 1]?.state.status.kind;
      if (sim.log[i]?.state.status.kind === 'held' && before !== 'held') {
        held++;
        checks++;
      }
      if (before === 'held') checks += sim.log[i]?.effects.filter((e) => e.type === 'checkBusy').length ?? 0;
    }
    return sim.wakeups.length / 8;
  });
  return {
    wakeupsPerHour: perDay.reduce((a, b) => a + b, 0) / perDay.length,
    checksPerHeldOffer: held === 0 ? 0 : checks / held,
  };
}

/** Wake-ups in one hour after `setUp` has run for ten minutes of ordinary work. */
function oneHour(
  idleSeconds: (t: number) => number,
  setUp: (sim: Simulator) => void,
  idleSource: IdleSource = 'sampled',
): number {
  const sim = new Simulator({ start: MONDAY_9AM, ctx: { ...ctx, idleSource }, idleSeconds, keepLog: false });
  sim.runFor(10 * MIN);
  setUp(sim);
  const from = sim.wakeups.length;
  sim.runFor(HOUR);
  return sim.wakeups.length - from;
}

// Leaves the keyboard 5 minutes in: away from minute 10, so the measured hour is all away.
const gone = MONDAY_9AM + 5 * MIN;
const awayResetMs = defaultEngineSettings.awayResetMin * MIN;

/** Wake-ups in an hour away from an unlocked machine, where idle time comes from `source`. */
function awayHour(source: IdleSource): number {
  return oneHour(
    (t) => (t < gone ? 1 : (t - gone) / 1000),
    (sim) => {
      // GNOME's idle watch fires as idle reaches awayReset (minute 10, where the hour starts).
      if (source === 'pushed') sim.send({ type: 'idleReport', idleSeconds: awayResetMs / 1000 });
    },
    source,
  );
}

export const engineWakeups: MetricSource = {
  title: 'Break engine wake-ups',
  measure() {
    const active = activeDay([1, 2, 3, 4, 5]);
    const awaySampled = awayHour('sampled');
    const awayPushed = awayHour('pushed');
    const paused = oneHour(
      () => 1,
      (sim) => sim.send({ type: 'pause', choice: 'indefinitely' }),
    );
    return Promise.resolve([
      {
        name: 'engine.wakeupsPerHour.active',
        value: Math.round(active.wakeupsPerHour * 10) / 10,
        unit: '/h',
        budget: 40,
        note: 'the engine on the simulator (harness/engine-simulator.ts), not main: see main.activeWakeupsPerHour; peers poll every second: 3,600+/h',
      },
      {
        name: 'engine.busyChecksPerHeldOffer',
        value: Math.round(active.checksPerHeldOffer * 10) / 10,
        unit: 'checks',
        // Once a minute at most, for at most 90 minutes, plus the first ask.
        budget: 91,
        note: 'a due offer held by a call: asked once, then once a minute; none between breaks',
      },
      {
        name: 'engine.wakeupsPerHour.away.sampled',
        value: awaySampled,
        unit: '/h',
        note: 'idle, unlocked; macOS, Windows, KDE, sway (locked: none)',
      },
      {
        name: 'engine.wakeupsPerHour.away.gnome',
        value: awayPushed,
        unit: '/h',
        budget: 0,
        note: 'idle, unlocked; Mutter IdleMonitor pushes away and back',
      },
      {
        name: 'engine.wakeupsPerHour.paused',
        value: paused,
        unit: '/h',
        budget: 0,
        note: 'paused until resumed',
      },
    ]);
  },
};
