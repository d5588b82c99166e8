/**
 * The rules behind what the adapters report: a window going away by itself, the break window's "done"
 * during a grounding break, and the pause lengths the tray and the command line offer.
 */
import { describe, expect, it } from 'vitest';
import { defaultEngineSettings } from '../../../electron/core/engine/engine-settings.ts';
import type { EngineInput, Phase } from '../../../electron/core/engine/engine-types.ts';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import type { PauseChoice } from '../../../electron/core/tend-command.ts';
import { Simulator } from '../../../harness/engine-simulator.ts';
import { MIN, MONDAY_9AM } from './scenario.ts';

type Before = 'counting' | 'offer' | 'tea' | 'grounding';

/** A simulator at 09:00 UTC, brought into `before`: counting, an offer up, or a tea or grounding break. */
function simulatorWith(before: Before, zone = 'UTC'): Simulator {
  const sim = new Simulator({ start: MONDAY_9AM, ctx: { settings: defaultEngineSettings, localTime: createLocalTime(zone) }, idleSeconds: () => 10 });
  if (before === 'offer') sim.runFor(45.5 * MIN);
  if (before === 'tea' || before === 'grounding') sim.send({ type: 'takeBreakNow', kind: before });
  return sim;
}

/** What the window effects of `input`'s step were, and the phase after it. */
function outcome(sim: Simulator, input: EngineInput): { windows: string[]; phase: Phase['kind'] } {
  sim.send(input);
  const effects = sim.log.at(-1)?.effects ?? [];
  const windows = effects.filter((e) => ['showOffer', 'hideOffer', 'openPrompt', 'closeWindow'].includes(e.type)).map((e) => e.type);
  return { windows, phase: sim.state.phase.kind };
}

describe('a window that goes away by itself', () => {
  it.each<[string, Before, 'break' | 'grounding', string[], Phase['kind']]>([
    ['the break window with the offer in it: not now', 'offer', 'break', ['hideOffer'], 'counting'],
    ['the break window with a prompt in it: the break is taken', 'tea', 'break', ['closeWindow'], 'counting'],
    ['the break window beside a grounding break: grounding carries on', 'grounding', 'break', [], 'break'],
    ['the grounding window during a grounding break: the break is taken', 'grounding', 'grounding', ['closeWindow'], 'counting'],
    ['the grounding window beside a tea break: tea carries on', 'tea', 'grounding', [], 'break'],
    ['the break window with no break: nothing changes', 'counting', 'break', [], 'counting'],
    ['the grounding window with no break: nothing changes', 'counting', 'grounding', [], 'counting'],
  ])('%s', (_rule, before, window, windows, phase) => {
    expect(outcome(simulatorWith(before), { type: 'windowGone', window })).toEqual({ windows, phase });
  });

  it('an offer gone counts as "not now": the next one comes a snooze later, not a full interval', () => {
    const sim = simulatorWith('offer');
    sim.send({ type: 'windowGone', window: 'break' });
    expect(sim.state.dueAfter).toBe('snooze');
  });

  it('a prompt gone counts as a break taken: the count starts again', () => {
    const sim = simulatorWith('offer');
    sim.send({ type: 'choose', kind: 'tea' });
    sim.send({ type: 'windowGone', window: 'break' });
    expect(sim.state.workMs).toBe(0);
    expect(sim.state.dueAfter).toBe('interval');
  });
});

describe('"done" from the break window', () => {
  it.each<[string, Before, string[], Phase['kind']]>([
    ['ends a tea break', 'tea', ['closeWindow'], 'counting'],
    ['leaves a grounding break (in its own window) alone', 'grounding', [], 'break'],
    ['means nothing with no break', 'counting', [], 'counting'],
  ])('%s', (_rule, before, windows, phase) => {
    expect(outcome(simulatorWith(before), { type: 'done' })).toEqual({ windows, phase });
  });
});

describe('the pause lengths', () => {
  it.each<[PauseChoice, string, number | null]>([
    ['30m', 'UTC', Date.UTC(2025, 0, 6, 9, 30)],
    ['1h', 'UTC', Date.UTC(2025, 0, 6, 10, 0)],
    ['2h', 'UTC', Date.UTC(2025, 0, 6, 11, 0)],
    ['tomorrow', 'UTC', Date.UTC(2025, 0, 7, 0, 0)],
    // 09:00 UTC is 04:00 in New York: until New York's midnight, 05:00 UTC the next day.
    ['tomorrow', 'America/New_York', Date.UTC(2025, 0, 7, 5, 0)],
    ['indefinitely', 'UTC', null],
  ])('%s in %s pauses until %s', (choice, zone, until) => {
    const sim = simulatorWith('counting', zone);
    sim.send({ type: 'pause', choice });
    expect(sim.state.pause).toEqual({ until });
  });

  it('drops an offer that is up', () => {
    expect(outcome(simulatorWith('offer'), { type: 'pause', choice: '1h' })).toEqual({ windows: ['hideOffer'], phase: 'counting' });
  });
});
