/** fast-check generators for the engine: settings, zones, and random lives to drive the simulator with. */
import fc from 'fast-check';
import type { EngineSettings, WorkingRange } from '../../../electron/core/engine/engine-settings.ts';
import type { EngineInput } from '../../../electron/core/engine/engine-types.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;

const range: fc.Arbitrary<WorkingRange> = fc.record({
  start: fc.integer({ min: 0, max: 1439 }),
  end: fc.integer({ min: 0, max: 1440 }),
});
const day = fc.array(range, { maxLength: 3 });

/** Any valid settings, working hours on or off. */
export const settingsArb: fc.Arbitrary<EngineSettings> = fc.record({
  // Short intervals often, so that random lives see plenty of offers.
  intervalMin: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 90 })),
  snoozeMin: fc.integer({ min: 1, max: 30 }),
  awayResetMin: fc.integer({ min: 1, max: 20 }),
  offerTimeoutMin: fc.constantFrom(0.5, 1, 2, 5),
  workingHours: fc.record({
    enabled: fc.boolean(),
    days: fc.tuple(day, day, day, day, day, day, day),
  }),
  checksBusy: fc.boolean(),
});

export const zoneArb = fc.constantFrom('UTC', 'Europe/London', 'America/New_York');

/** Start instants through 2025, including the DST weekends. */
export const startArb = fc.oneof(
  fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2025, 11, 31) }),
  fc.constantFrom(
    Date.UTC(2025, 2, 29, 22),
    Date.UTC(2025, 2, 8, 22),
    Date.UTC(2025, 9, 25, 22),
    Date.UTC(2025, 10, 1, 22),
  ),
);

const kind = fc.constantFrom('breath' as const, 'tea' as const, 'kind' as const);

/** Something that happens in a random life: time passing, an event, a sleep, or a clock jump. */
export type Action =
  | { readonly do: 'run'; readonly ms: number }
  | { readonly do: 'send'; readonly event: EngineInput }
  | { readonly do: 'sleep'; readonly ms: number }
  | { readonly do: 'jump'; readonly ms: number };

function eventArb(settings: fc.Arbitrary<EngineSettings>): fc.Arbitrary<EngineInput> {
  return fc.oneof(
    fc.constantFrom<EngineInput>(
      { type: 'lock' },
      { type: 'unlock' },
      { type: 'suspend' },
      { type: 'wake' },
      { type: 'snooze' },
      { type: 'skip' },
      { type: 'done' },
      { type: 'notRight' },
      { type: 'resumeBreaks' },
      { type: 'pause', choice: 'indefinitely' },
    ),
    kind.map((k): EngineInput => ({ type: 'choose', kind: k })),
    fc.constantFrom('break' as const, 'grounding' as const).map((window): EngineInput => ({ type: 'windowGone', window })),
    fc
      .constantFrom('breath' as const, 'tea' as const, 'kind' as const, 'grounding' as const, 'longer.rain' as const, 'longer.letter' as const)
      .map((k): EngineInput => ({ type: 'takeBreakNow', kind: k })),
    // Answers to busy checks, asked for or not (one nobody asked for changes nothing).
    fc.boolean().map((busy): EngineInput => ({ type: 'busyChecked', busy })),
    // The desktop's idle watches, true or not, and the watch coming and going.
    fc
      .oneof(fc.constant(0), fc.integer({ min: 0, max: 40 * 60 }))
      .map((idleSeconds): EngineInput => ({ type: 'idleReport', idleSeconds })),
    fc
      .constantFrom('sampled' as const, 'pushed' as const)
      .map((source): EngineInput => ({ type: 'idleSourceChanged', source })),
    settings.map((s): EngineInput => ({ type: 'settingsChanged', settings: s })),
  );
}

/** A random life: mostly time passing (timers firing), with events, sleeps and clock jumps between. */
export function lifeArb(settings: fc.Arbitrary<EngineSettings> = settingsArb): fc.Arbitrary<Action[]> {
  const action: fc.Arbitrary<Action> = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 * MIN }).map((ms): Action => ({ do: 'run', ms })) },
    { weight: 4, arbitrary: eventArb(settings).map((event): Action => ({ do: 'send', event })) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 0, max: 8 * HOUR }).map((ms): Action => ({ do: 'sleep', ms })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: -3 * HOUR, max: 3 * HOUR }).map((ms): Action => ({ do: 'jump', ms })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('30m' as const, '1h' as const, '2h' as const, 'tomorrow' as const)
        .map((choice): Action => ({ do: 'send', event: { type: 'pause', choice } })),
    },
  );
  return fc.array(action, { maxLength: 40 });
}

/** Idle seconds the fake OS reports, cycling through a random list. */
export const idleListArb = fc.array(
  fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 5 }),
    fc.integer({ min: 0, max: 40 * 60 }),
    fc.constant(null),
  ),
  { minLength: 1, maxLength: 30 },
);
