/**
 * "Don't interrupt me" (issue #16) as properties over random working days: busy spans (a call, DND, a
 * full-screen film), locks, snoozes and manual breaks, driven as main drives the engine, with main
 * answering each busy check from the spans.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSY_MAX_WAIT_MS, BUSY_RECHECK_MS } from '../../../electron/core/engine/engine-timing.ts';
import type { EngineEffect, EngineInput } from '../../../electron/core/engine/engine-types.ts';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import { Simulator } from '../../../harness/engine-simulator.ts';
import { settingsArb } from './engine-arbitraries.ts';
import { MIN, MONDAY_9AM } from './scenario.ts';

const HOURS = 10;
const span = fc.tuple(fc.integer({ min: 0, max: HOURS * 60 }), fc.integer({ min: 1, max: 200 }));
const userEvent = fc.constantFrom<EngineInput>(
  { type: 'lock' },
  { type: 'unlock' },
  { type: 'snooze' },
  { type: 'skip' },
  { type: 'choose', kind: 'tea' },
  { type: 'done' },
  { type: 'takeBreakNow', kind: 'breath' },
  { type: 'takeBreakNow', kind: 'grounding' },
  { type: 'windowGone', window: 'grounding' },
);
const day = fc.record({
  settings: settingsArb.map((s) => ({ ...s, workingHours: { ...s.workingHours, enabled: false } })),
  checksBusy: fc.boolean(),
  busy: fc.array(span, { maxLength: 6 }),
  events: fc.array(fc.tuple(fc.integer({ min: 0, max: HOURS * 60 - 1 }), userEvent), { maxLength: 40 }),
  answerMs: fc.integer({ min: 1, max: 14_000 }),
});
type Day = typeof day extends fc.Arbitrary<infer D> ? D : never;

/** Plays a day and returns the simulator (every step kept). */
function play(d: Day): Simulator {
  const inSpan = (real: number): boolean => d.busy.some(([from, len]) => real >= MONDAY_9AM + from * MIN && real < MONDAY_9AM + (from + len) * MIN);
  const sim = new Simulator({
    start: MONDAY_9AM,
    ctx: { settings: { ...d.settings, checksBusy: d.checksBusy }, localTime: createLocalTime('UTC') },
    idleSeconds: (real) => ((real - MONDAY_9AM) % 7_000) / 1000,
    busyAt: inSpan,
    busyAnswerMs: d.answerMs,
  });
  for (const [minute, event] of d.events) sim.schedule(MONDAY_9AM + minute * MIN, event);
  sim.runUntil(MONDAY_9AM + HOURS * 60 * MIN);
  return sim;
}

const has = (effects: readonly EngineEffect[], type: EngineEffect['type']): boolean => effects.some((e) => e.type === type);
const runs = { numRuns: 150 };

describe('break engine: a busy moment holds timed offers (issue #16)', { timeout: 60_000 }, () => {
  it('never shows a timed offer while the last answer said busy; manual breaks open at once', () => {
    fc.assert(
      fc.property(day, (d) => {
        const sim = play(d);
        let lastAnswer: boolean | null = null;
        for (const { event, effects } of sim.log) {
          if (event?.type === 'busyChecked') lastAnswer = event.busy;
          if (has(effects, 'showOffer')) expect(lastAnswer).not.toBe(true);
          if (event?.type === 'takeBreakNow') expect(has(effects, 'openPrompt')).toBe(true);
        }
      }),
      runs,
    );
  });

  it('checks at most once a minute, and only while an offer is due', () => {
    fc.assert(
      fc.property(day, (d) => {
        const sim = play(d);
        let lastAsk = Number.NEGATIVE_INFINITY;
        for (const { event, effects, state } of sim.log) {
          if (!event || !has(effects, 'checkBusy')) continue;
          expect(d.checksBusy).toBe(true);
          expect(state.phase.kind).toBe('waiting');
          expect(event.now - lastAsk).toBeGreaterThanOrEqual(BUSY_RECHECK_MS);
          lastAsk = event.now;
        }
      }),
      runs,
    );
  });

  it('with every signal off, nothing is ever asked', () => {
    fc.assert(
      fc.property(day, (d) => {
        const sim = play({ ...d, checksBusy: false });
        expect(sim.effects.filter(({ effect }) => effect.type === 'checkBusy')).toEqual([]);
      }),
      runs,
    );
  });

  it('lets a long-held break go quietly: a fresh interval, no offer, nothing counted or said', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 200, max: 400 }), (d, len) => {
        // Busy from the start for long enough that the first due offer is held past the limit.
        const sim = play({ ...d, checksBusy: true, busy: [[0, len]], events: [] });
        const letGo = sim.log.find(({ state }, i) => i > 0 && state.phase.kind === 'counting' && sim.log[i - 1]?.state.phase.kind === 'waiting');
        if (!letGo?.event) throw new Error('the held break was never let go');
        const heldFrom = sim.log.find(({ state }) => state.phase.kind === 'waiting')?.event?.now ?? 0;
        expect(letGo.event.now - heldFrom).toBeGreaterThanOrEqual(BUSY_MAX_WAIT_MS);
        expect(letGo.effects.map((e) => e.type).filter((t) => t !== 'setStatus' && t !== 'armTimer' && t !== 'pollIdleAt')).toEqual([]);
        expect(letGo.state.workMs).toBe(0);
        expect(letGo.state.status.kind).toBe('next-break');
        // The state keeps no tally: the same keys as at the start of the day.
        expect(Object.keys(letGo.state).sort()).toEqual(Object.keys(sim.log[0]?.state ?? {}).sort());
      }),
      runs,
    );
  });

  it('says it is waiting for a quieter moment while held, and nothing about waiting otherwise', () => {
    fc.assert(
      fc.property(day, (d) => {
        const sim = play(d);
        for (const { state } of sim.log) {
          const held = state.phase.kind === 'waiting' && state.busyCheck?.answer === 'busy' && state.phase.lullSince === null;
          expect(state.status.kind === 'held').toBe(held && state.presence.awaySince === null && state.pause === null);
        }
      }),
      runs,
    );
  });
});
