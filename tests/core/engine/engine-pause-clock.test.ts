/**
 * Issue #13, item 2: setting the clock back never stretches a timed pause. The timer main arms runs on
 * elapsed time; when it fires for the pause's end, the pause is over whatever the wall clock says. And a
 * pause that ends on another day says which day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultEngineSettings } from '../../../electron/core/engine/engine-settings.ts';
import { statusOf } from '../../../electron/core/engine/engine-status.ts';
import { durationsOf } from '../../../electron/core/engine/engine-timing.ts';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import { statusText } from '../../../electron/core/engine/status-text.ts';
import { setRegionalLocale } from '../../../electron/core/i18n/t.ts';
import type { PauseChoice } from '../../../electron/core/tend-command.ts';
import { Simulator } from '../../../harness/engine-simulator.ts';
import { MONDAY_9AM } from './scenario.ts';

// Dates as British English writes them ("28 July"), whatever this machine's own format.
setRegionalLocale('en-GB');

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const utc = createLocalTime('UTC');

function pausedSimulator(choice: PauseChoice, start = MONDAY_9AM): Simulator {
  const sim = new Simulator({ start, ctx: { settings: defaultEngineSettings, localTime: utc }, idleSeconds: () => 10 });
  sim.send({ type: 'pause', choice });
  return sim;
}

describe('a timed pause and the clock going back (issue #13, item 2)', () => {
  it.each([
    ['a day', DAY],
    ['a year', 365 * DAY],
  ])('pausing 30 minutes and then setting the clock back %s ends the pause 30 minutes later', (_label, back) => {
    const sim = pausedSimulator('30m');
    sim.runFor(10 * MIN);
    sim.jumpClock(-back);
    sim.runFor(20 * MIN + 1_000);
    expect(sim.state.pause).toBeNull();
    expect(statusText(sim.state.status, utc)).toMatch(/^Next break/);
  });

  it('never lasts longer than asked in elapsed time, whenever and however far the clock goes back', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['30m', 30] as const, ['1h', 60] as const, ['2h', 120] as const),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 400 * 24 * 60 }),
        ([choice, pauseMin], when, backMin) => {
          const sim = pausedSimulator(choice);
          sim.runFor(when * pauseMin * MIN);
          sim.jumpClock(-backMin * MIN);
          sim.runUntil(MONDAY_9AM + pauseMin * MIN + 1_000);
          expect(sim.state.pause).toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it('the clock going forward never lengthens a pause either', () => {
    const sim = pausedSimulator('30m');
    sim.runFor(10 * MIN);
    sim.jumpClock(2 * 60 * MIN);
    sim.runFor(20 * MIN + 1_000);
    expect(sim.state.pause).toBeNull();
  });
});

describe('the status line of a pause that ends on another day (issue #13, item 2)', () => {
  const at = (h: number, m: number): number => Date.UTC(2025, 0, 6, h, m); // Monday 6 January 2025

  it('says "tomorrow" for a pause that ends after midnight, and drops it once the day has come', () => {
    const sim = pausedSimulator('30m', at(23, 50));
    expect(statusText(sim.state.status, utc)).toBe('Paused until tomorrow at 00:20');
    sim.runFor(11 * MIN);
    expect(statusText(sim.state.status, utc)).toBe('Paused until 00:20');
  });

  it('keeps "midnight" for a pause that ends at the coming midnight', () => {
    const sim = pausedSimulator('2h', at(22, 0));
    expect(statusText(sim.state.status, utc)).toBe('Paused until midnight');
  });

  it('names the weekday, or the date, for a pause that ends later still', () => {
    // No choice pauses this long; the status model still reads right if a pause ever does.
    const sim = pausedSimulator('30m', at(9, 0));
    const pausedUntil = (until: number): string => {
      const { status } = statusOf({ ...sim.state, pause: { until } }, sim.now, durationsOf(defaultEngineSettings), utc);
      return statusText(status, utc);
    };
    expect(pausedUntil(at(9, 30) + 3 * DAY)).toBe('Paused until Thursday at 09:30');
    expect(pausedUntil(at(9, 30) + 10 * DAY)).toBe('Paused until 16 January at 09:30');
  });

  it('same-day pauses read as before', () => {
    const sim = pausedSimulator('30m', at(9, 0));
    expect(statusText(sim.state.status, utc)).toBe('Paused until 09:30');
  });
});
