/**
 * Where the history learns of a break (issue #19): the engine says so once, as the break ends
 * (breakEnded, before the closeWindow that goes with it, with its start and how it ended), and says
 * "Not now" and "Skip" only when the user answered a standing offer; nothing for an offer that fades,
 * a prompt Tend lets go of, or a "done" with no break on.
 */
import { describe, expect, it } from 'vitest';
import { defaultEngineSettings } from '../../../electron/core/engine/engine-settings.ts';
import { BREAK_GUARD_MS } from '../../../electron/core/engine/engine-timing.ts';
import type { EngineEffect, EngineInput } from '../../../electron/core/engine/engine-types.ts';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import { Simulator } from '../../../harness/engine-simulator.ts';

const MIN = 60_000;
const MONDAY_9AM = Date.UTC(2025, 0, 6, 9);

const simulator = (): Simulator =>
  new Simulator({ start: MONDAY_9AM, ctx: { settings: defaultEngineSettings, localTime: createLocalTime('UTC') }, idleSeconds: () => 10 });

/** The history effects (and closeWindow, for order) of `input`'s step. */
function historyEffects(sim: Simulator, input: EngineInput): EngineEffect[] {
  sim.send(input);
  return (sim.log.at(-1)?.effects ?? []).filter((e) => ['breakEnded', 'offerAnswered', 'closeWindow'].includes(e.type));
}

describe('the engine and the history', () => {
  it('ends a break once, before its window closes, with when it began and how it ended', () => {
    const sim = simulator();
    sim.send({ type: 'takeBreakNow', kind: 'tea' });
    const began = sim.state.lastAt;
    sim.runFor(3 * MIN);
    expect(historyEffects(sim, { type: 'done', ended: 'closed-early' })).toEqual([
      { type: 'breakEnded', kind: 'tea', startedAt: began, endedAt: began + 3 * MIN, ended: 'closed-early' },
      { type: 'closeWindow' },
    ]);
    expect(historyEffects(sim, { type: 'done' })).toEqual([]);
  });

  it('counts "done" as finished, and a window gone by itself as closed early unless it says otherwise', () => {
    const sim = simulator();
    sim.send({ type: 'takeBreakNow', kind: 'breath' });
    expect(historyEffects(sim, { type: 'done' })[0]).toMatchObject({ kind: 'breath', ended: 'finished' });
    sim.send({ type: 'takeBreakNow', kind: 'kind' });
    expect(historyEffects(sim, { type: 'windowGone', window: 'break' })[0]).toMatchObject({ kind: 'kind', ended: 'closed-early' });
    sim.send({ type: 'takeBreakNow', kind: 'grounding' });
    expect(historyEffects(sim, { type: 'windowGone', window: 'grounding', ended: 'finished' })[0]).toMatchObject({ kind: 'grounding', ended: 'finished' });
  });

  it('notes "Not now" and "Skip" on a standing offer only, never a fade or a prompt Tend lets go of', () => {
    const sim = simulator();
    sim.runFor(45.5 * MIN);
    expect(sim.state.phase.kind).toBe('offer');
    expect(historyEffects(sim, { type: 'snooze' })).toEqual([{ type: 'offerAnswered', answer: 'not-now', at: sim.state.lastAt }]);
    expect(historyEffects(sim, { type: 'skip' })).toEqual([]);
    sim.runFor(6 * MIN);
    expect(sim.state.phase.kind).toBe('offer');
    expect(historyEffects(sim, { type: 'skip' })).toEqual([{ type: 'offerAnswered', answer: 'skip', at: sim.state.lastAt }]);
    const faded = simulator();
    faded.runFor(60 * MIN);
    sim.send({ type: 'takeBreakNow', kind: 'tea' });
    sim.runFor(BREAK_GUARD_MS + MIN);
    expect([...faded.effects, ...sim.effects].filter((e) => e.effect.type === 'offerAnswered' && e.effect.answer === 'not-now')).toHaveLength(1);
    expect(sim.effects.filter((e) => e.effect.type === 'breakEnded')).toEqual([]);
    expect(sim.state.phase.kind).not.toBe('break');
  });
});
