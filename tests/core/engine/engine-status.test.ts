/** The tray's status model: what it says, and that it moves only in coarse steps. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coarseMinutes, untilCoarseChange } from '../../../electron/core/engine/engine-status.ts';
import type { EngineStatus } from '../../../electron/core/engine/engine-types.ts';
import type { Simulator } from '../../../harness/engine-simulator.ts';
import type { ScenarioSpec } from './scenario.ts';
import { MONDAY_9AM, runScenario } from './scenario.ts';

const MIN = 60_000;

function statuses(sim: Simulator): { minute: number; status: EngineStatus }[] {
  return sim.effects.flatMap(({ at, effect }) =>
    effect.type === 'setStatus'
      ? [{ minute: Math.round(((at - MONDAY_9AM) / MIN) * 100) / 100, status: effect.status }]
      : [],
  );
}

describe('break engine: status model', () => {
  it('counts down in coarse steps: nearest 5 minutes, then each minute over the last five', () => {
    const sim = runScenario({ minutes: 45.5 });
    const next = (minutes: number): EngineStatus => ({ kind: 'next-break', minutes });
    expect(statuses(sim)).toEqual([
      { minute: 0, status: next(45) },
      ...[40, 35, 30, 25, 20, 15, 10, 5].map((n, i) => ({ minute: 2.5 + 5 * i, status: next(n) })),
      ...[4, 3, 2, 1].map((n) => ({ minute: 45 - n, status: next(n) })),
      { minute: 45, status: { kind: 'offer-showing' } },
    ]);
  });

  it('is sent only when it changes', () => {
    const sim = runScenario({
      activity: { idle: [[50, 70]], typing: [[130, 140]] },
      answer: { after: 1, event: { type: 'snooze' } },
      minutes: 200,
    });
    const sent = statuses(sim).map(({ status }) => JSON.stringify(status));
    expect(sent.filter((s, i) => i > 0 && s === sent[i - 1])).toEqual([]);
  });

  const until = MONDAY_9AM + (1 + 120) * MIN;
  const cases: [string, ScenarioSpec, EngineStatus][] = [
    [
      'paused for two hours',
      { events: [[1, { type: 'pause', choice: '2h' }]], minutes: 2 },
      { kind: 'paused', until, daysAhead: 0 },
    ],
    [
      'paused until resumed',
      { events: [[1, { type: 'pause', choice: 'indefinitely' }]], minutes: 2 },
      { kind: 'paused-until-resumed' },
    ],
    [
      'outside working hours, and when they start',
      {
        settings: {
          workingHours: { enabled: true, days: [[], [{ start: 600, end: 720 }], [], [], [], [], []] },
        },
        minutes: 2,
      },
      { kind: 'outside-hours', startsAt: MONDAY_9AM + 60 * MIN },
    ],
    ['away (locked)', { events: [[1, { type: 'lock' }]], minutes: 2 }, { kind: 'away' }],
    ['away (idle past awayReset)', { activity: { idle: [[1, 10]] }, minutes: 7 }, { kind: 'away' }],
    ['offer showing', { minutes: 46 }, { kind: 'offer-showing' }],
    ['on a break', { events: [[45.5, { type: 'choose', kind: 'tea' }]], minutes: 46 }, { kind: 'on-break' }],
    [
      'waiting for a typing lull',
      { activity: { typing: [[44, 50]] }, minutes: 45.5 },
      { kind: 'break-soon' },
    ],
    ['held back by a busy moment (a call, DND)', { busy: [[40, 60]], minutes: 50 }, { kind: 'held' }],
    ['asking whether the moment is busy', { busy: [[40, 60]], checksUnanswered: true, minutes: 45.1 }, { kind: 'break-soon' }],
  ];
  it.each(cases)('says %s', (_, spec, expected) => {
    expect(runScenario(spec).state.status).toEqual(expected);
  });
});

describe('coarse minutes', () => {
  it.each([
    [45 * MIN, 45],
    [42.5 * MIN + 1, 45],
    [42.5 * MIN, 40],
    [7.5 * MIN + 1, 10],
    [7.5 * MIN, 5],
    [5 * MIN + 1, 5],
    [4 * MIN + 1, 5],
    [4 * MIN, 4],
    [1, 1],
  ])('%d ms to go reads as about %d min', (remaining, minutes) => {
    expect(coarseMinutes(remaining)).toBe(minutes);
  });

  it('changes exactly when untilCoarseChange says, and not before', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 * 60 * MIN }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (remaining, f) => {
          const dt = untilCoarseChange(remaining);
          expect(dt).toBeGreaterThan(0);
          expect(coarseMinutes(remaining - dt)).not.toBe(coarseMinutes(remaining));
          const before = Math.floor(f * (dt - 1));
          expect(coarseMinutes(remaining - before)).toBe(coarseMinutes(remaining));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
