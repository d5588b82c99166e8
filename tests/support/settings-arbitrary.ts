/** fast-check arbitraries for settings: valid ones (built field by field) and hostile raw JSON values. */
import { localeCodes } from '../../electron/core/i18n/locales.ts';
import fc from 'fast-check';
import { checkPhraseText, tidyPhraseText } from '../../electron/core/content/custom-phrase.ts';
import type { Settings } from '../../electron/core/settings/settings-schema.ts';
import type { TimeRange } from '../../electron/core/settings/working-hours-schema.ts';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/);

/** Non-overlapping ranges for one week: cut a few spans out of each day, never crossing midnight. */
const dayRanges: fc.Arbitrary<TimeRange[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 6 })
  .map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const ranges: TimeRange[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      const start = sorted[i]!;
      const end = sorted[i + 1]!;
      if (start < end && start <= 1439) ranges.push({ start, end });
    }
    return ranges;
  });

/** Any settings object the schema accepts. */
export const validSettings: fc.Arbitrary<Settings> = fc.record({
  schemaVersion: fc.constant(1 as const),
  intervalMin: fc.integer({ min: 5, max: 240 }),
  snoozeMin: fc.integer({ min: 1, max: 60 }),
  awayResetMin: fc.integer({ min: 1, max: 60 }),
  offerTimeoutMin: fc.integer({ min: 1, max: 30 }),
  workingHours: fc.record({
    enabled: fc.boolean(),
    days: fc.tuple(dayRanges, dayRanges, dayRanges, dayRanges, dayRanges, dayRanges, dayRanges),
  }),
  offeredKinds: fc.shuffledSubarray(['breath', 'tea', 'kind'] as const, { minLength: 1 }),
  defaultBreathPattern: fc.constantFrom('breath.easy-7', 'breath.natural', 'breath.box-4'),
  boxHolds: fc.boolean(),
  dontInterrupt: fc.record({ doNotDisturb: fc.boolean(), fullScreen: fc.boolean(), call: fc.boolean() }),
  customPhrases: fc.uniqueArray(
    fc.record({ id, text: fc.string({ minLength: 1, maxLength: 40 }).map(tidyPhraseText).filter((s) => checkPhraseText(s).ok) }),
    { maxLength: 4, selector: (p) => p.id },
  ),
  hiddenPhraseIds: fc.uniqueArray(id, { maxLength: 4 }),
  favouritePhraseIds: fc.uniqueArray(id, { maxLength: 4 }),
  shortcut: fc.constantFrom('CommandOrControl+Alt+G', 'Control+Shift+B', 'F13', ''),
  startAtLogin: fc.boolean(),
  sounds: fc.boolean(),
  theme: fc.constantFrom('system', 'light', 'dark'),
  reducedMotion: fc.constantFrom('system', 'on'),
  language: fc.constantFrom('system' as const, ...localeCodes),
  firstRunDone: fc.boolean(),
  gentleModeUntil: fc.option(fc.integer({ min: 0, max: 2 ** 45 }), { nil: null }),
  history: fc.record({ keep: fc.boolean(), showSkips: fc.boolean() }),
});

/** Hostile JSON-ish values: wrong types, deep nesting, huge strings, prototype-pollution keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withNullPrototype: true, withObjectString: true }),
  fc.string({ minLength: 10_000, maxLength: 20_000 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown),
  fc.letrec<{ deep: unknown }>((tie) => ({ deep: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.array(tie('deep'), { maxLength: 2 })) })).deep,
);
