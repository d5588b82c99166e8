/** Working hours and manual breaks, as the user would see them. */
import { describe, expect, it } from 'vitest';
import { defaultEngineSettings } from '../../../electron/core/engine/engine-settings.ts';
import type { EngineSettings, WorkingRange } from '../../../electron/core/engine/engine-settings.ts';
import type { ScenarioSpec } from './scenario.ts';
import { minutesOf, MONDAY_9AM, runScenario } from './scenario.ts';

const MIN = 60_000;

/** Working hours with the same ranges on Monday to Friday. */
function weekdays(...ranges: WorkingRange[]): Partial<EngineSettings> {
  return { workingHours: { enabled: true, days: [[], ranges, ranges, ranges, ranges, ranges, []] } };
}
const h = (hours: number, minutes = 0): number => hours * 60 + minutes;
/** Minutes from Monday 09:00 to a Monday clock time. */
const at = (hours: number, minutes = 0): number => h(hours, minutes) - h(9);

interface Row extends ScenarioSpec {
  readonly rule: string;
  readonly offers: readonly number[];
}

const rows: Row[] = [
  {
    rule: 'entering working hours starts a fresh interval (work before them does not count)',
    settings: weekdays({ start: h(9, 30), end: h(17) }),
    minutes: 80,
    offers: [at(10, 15)],
  },
  {
    rule: 'no offers outside working hours, even after a long stretch of work',
    settings: weekdays({ start: h(7), end: h(9, 30) }),
    minutes: 8 * 60,
    offers: [],
  },
  {
    rule: 'several ranges a day: the gap between them is outside, and each range starts fresh',
    settings: weekdays({ start: h(9), end: h(9, 50) }, { start: h(10), end: h(12) }),
    answer: { after: 1, event: { type: 'skip' } },
    minutes: at(11, 50),
    offers: [45, at(10, 45), at(11, 31)],
  },
  {
    rule: 'a range across midnight keeps counting through midnight and stops at its end',
    start: MONDAY_9AM + h(12) * MIN,
    settings: weekdays({ start: h(22), end: h(2) }),
    answer: { after: 1, event: { type: 'skip' } },
    minutes: 6 * 60,
    offers: [105, 151, 197, 243, 289],
  },
  {
    rule: 'a manual break works outside working hours',
    settings: weekdays({ start: h(13), end: h(17) }),
    events: [[10, { type: 'takeBreakNow', kind: 'grounding' }]],
    minutes: 20,
    offers: [],
  },
];

describe('break engine: working hours', () => {
  it.each(rows)('$rule', (row) => {
    const sim = runScenario(row);
    expect(minutesOf(sim, 'showOffer', row.start ?? MONDAY_9AM)).toEqual(row.offers);
  });

  it('leaving working hours hides an offer that is up', () => {
    const sim = runScenario({ settings: weekdays({ start: h(9), end: h(9, 46) }), minutes: 50 });
    expect(minutesOf(sim, 'showOffer')).toEqual([45]);
    expect(minutesOf(sim, 'hideOffer')).toEqual([46]);
  });

  it('settings that switch working hours on apply at once, keeping the work counted inside them', () => {
    const sim = runScenario({
      events: [
        [
          30,
          {
            type: 'settingsChanged',
            settings: { ...defaultEngineSettings, ...weekdays({ start: h(8), end: h(18) }) },
          },
        ],
      ],
      minutes: 46,
    });
    expect(minutesOf(sim, 'showOffer')).toEqual([45]);
  });
});

describe('break engine: manual breaks', () => {
  it.each([
    ['while paused until resumed', [[5, { type: 'pause', choice: 'indefinitely' }]] as const],
    ['while paused for an hour', [[5, { type: 'pause', choice: '1h' }]] as const],
    ['while an offer is up', []],
    ['while locked away (from the command line)', [[5, { type: 'lock' }]] as const],
  ])('take a break now opens the prompt %s', (_, events) => {
    const sim = runScenario({
      events: [...events, [45.5, { type: 'takeBreakNow', kind: 'tea' }]],
      minutes: 46,
    });
    const opened = sim.effects.filter(({ effect }) => effect.type === 'openPrompt');
    expect(opened.map(({ effect }) => effect)).toEqual([{ type: 'openPrompt', kind: 'tea' }]);
    expect(sim.state.phase.kind).toBe('break');
  });

  it('a manual break while paused leaves the pause in place when it ends', () => {
    const sim = runScenario({
      events: [
        [5, { type: 'pause', choice: 'indefinitely' }],
        [10, { type: 'takeBreakNow', kind: 'breath' }],
        [11, { type: 'done' }],
      ],
      minutes: 120,
    });
    expect(minutesOf(sim, 'closeWindow')).toEqual([11]);
    expect(minutesOf(sim, 'showOffer')).toEqual([]);
    expect(sim.state.status).toEqual({ kind: 'paused-until-resumed' });
  });

  it('"This doesn\'t feel right" keeps the break open and turns gentle until the next local day', () => {
    const sim = runScenario({
      timeZone: 'America/New_York',
      events: [
        [45.5, { type: 'choose', kind: 'kind' }],
        [46, { type: 'notRight' }],
      ],
      minutes: 50,
    });
    const gentle = sim.effects
      .filter(({ effect }) => effect.type === 'enterGentleMode')
      .map(({ effect }) => effect);
    // 09:00 UTC is 04:00 in New York: gentle until New York's midnight, 05:00 UTC the next day.
    expect(gentle).toEqual([{ type: 'enterGentleMode', until: Date.UTC(2025, 0, 7, 5, 0) }]);
    expect(minutesOf(sim, 'closeWindow')).toEqual([]);
    expect(sim.state.phase).toMatchObject({ kind: 'break', prompt: 'kind' });
  });

  it('a prompt left open far too long is let go as a break taken, so the cycle never sticks', () => {
    const sim = runScenario({ events: [[45.5, { type: 'choose', kind: 'breath' }]], minutes: 121 });
    expect(minutesOf(sim, 'closeWindow')).toEqual([75.5]);
    expect(minutesOf(sim, 'showOffer')).toEqual([45, 120.5]);
  });
});
