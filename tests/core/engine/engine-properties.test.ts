/**
 * Invariants of the break engine over random lives (fast-check, 1000 runs each): random settings, time
 * zones and start days (DST weekends included), random idle readings, and random sequences of time
 * passing, user actions, locks, sleeps (announced or not), clock jumps and settings changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import { isInsideWorkingHours } from '../../../electron/core/engine/working-hours.ts';
import { idleListArb, lifeArb, settingsArb, startArb, zoneArb } from './engine-arbitraries.ts';
import type { Observed } from './play-life.ts';
import { playLife } from './play-life.ts';

const MIN = 60_000;
const lives = fc.record({
  settings: settingsArb,
  zone: zoneArb,
  start: startArb,
  idle: idleListArb,
  actions: lifeArb(),
});
const runs = { numRuns: 1000 };
// 1000 lives take a second or two; give slow, shared machines room.
const timeout = 60_000;

/** Checks `check` on every step of 1000 random lives. */
function forAllSteps(
  check: (step: Observed, index: number, steps: readonly Observed[], zone: string) => void,
): void {
  fc.assert(
    fc.property(lives, (life) => {
      const { steps } = playLife(life);
      steps.forEach((step, i) => check(step, i, steps, life.zone));
    }),
    runs,
  );
}

describe('break engine invariants', () => {
  it('opens a longer practice only in the step the user asked for it by name (issue #21)', { timeout }, () => {
    forAllSteps((step) => {
      const longer = step.effects.filter((e) => e.type === 'openPrompt' && e.kind.startsWith('longer.'));
      if (step.event.type === 'takeBreakNow' && step.event.kind.startsWith('longer.'))
        expect(longer).toEqual([{ type: 'openPrompt', kind: step.event.kind }]);
      else expect(longer).toEqual([]);
    });
  });

  it('never has two offers open, nor an offer over a prompt', { timeout }, () => {
    forAllSteps((step) => {
      let window = step.windowBefore;
      for (const e of step.effects) {
        if (e.type === 'showOffer') {
          expect(window).toBe('none');
          window = 'offer';
        } else if (e.type === 'openPrompt') window = 'prompt';
        else if (e.type === 'hideOffer') {
          expect(window).toBe('offer');
          window = 'none';
        } else if (e.type === 'closeWindow') window = 'none';
      }
      expect(step.state.phase.kind === 'offer').toBe(step.windowAfter === 'offer');
      expect(step.state.phase.kind === 'break').toBe(step.windowAfter === 'prompt');
    });
  });

  it(
    'never has an offer up while paused, away or outside working hours (manual breaks aside)',
    { timeout },
    () => {
      forAllSteps((step, _, __, zone) => {
        if (step.windowAfter !== 'offer') return;
        const local = createLocalTime(zone).weekdayAndMinute(step.event.now);
        expect(step.pausedByUser).toBe(false);
        expect(step.locked).toBe(false);
        expect(step.asleep).toBe(false);
        expect(step.state.presence.awaySince).toBeNull();
        expect(isInsideWorkingHours(step.settings.workingHours, local)).toBe(true);
      });
    },
  );

  it('always asks for its next wake-up after now', { timeout }, () => {
    forAllSteps(({ state, event }) => {
      if (state.nextWakeAt !== null) expect(state.nextWakeAt).toBeGreaterThan(event.now);
      if (state.nextIdleSampleAt !== null) expect(state.nextIdleSampleAt).toBeGreaterThan(event.now);
    });
  });

  it('never counts negative work time', { timeout }, () => {
    forAllSteps(({ state }) => {
      expect(state.workMs).toBeGreaterThanOrEqual(0);
      expect(state.countFromMs).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(state.workMs)).toBe(true);
    });
  });

  it('shows at most one offer after any sleep, and never offers in a burst', { timeout }, () => {
    forAllSteps((step, i, steps) => {
      if (!step.effects.some((e) => e.type === 'showOffer')) return;
      // The next offer may come no sooner than a snooze (or a skip's interval) of counted time later,
      // unless the settings changed in between.
      const gap = Math.min(step.settings.snoozeMin, step.settings.intervalMin) * MIN;
      for (const later of steps.slice(i + 1)) {
        if (later.event.type === 'settingsChanged' || later.perceived - step.perceived >= gap) break;
        expect(later.effects.filter((e) => e.type === 'showOffer')).toEqual([]);
      }
    });
  });

  it('after a sleep or a wake, at most one offer within a snooze of it', { timeout }, () => {
    forAllSteps((step, i, steps) => {
      if (!step.afterSleep && step.event.type !== 'wake') return;
      const window = Math.min(step.settings.snoozeMin, step.settings.intervalMin) * MIN;
      let offers = 0;
      for (const later of steps.slice(i)) {
        if (later.event.type === 'settingsChanged' || later.perceived - step.perceived >= window) break;
        offers += later.effects.filter((e) => e.type === 'showOffer').length;
      }
      expect(offers).toBeLessThanOrEqual(1);
    });
  });

  it('keeps its state the same small size, whatever happens', { timeout }, () => {
    fc.assert(
      fc.property(lives, (life) => {
        const { sim, steps } = playLife(life);
        const keys = (o: object): string => JSON.stringify(Object.keys(o).sort());
        const first = sim.log[0]?.state;
        if (!first) throw new Error('no initial state');
        for (const { state } of steps) {
          expect(keys(state)).toBe(keys(first));
          expect(keys(state.presence)).toBe(keys(first.presence));
          expect(JSON.stringify(state).length).toBeLessThan(600);
        }
      }),
      runs,
    );
  });
});
