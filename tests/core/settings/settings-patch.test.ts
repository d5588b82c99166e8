import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import { validateSettingsPatch } from '../../../electron/core/settings/settings-patch.ts';
import { settingsSchema } from '../../../electron/core/settings/settings-schema.ts';
import { hostileValue } from '../../support/settings-arbitrary.ts';

const week = (monday: { start: number; end: number }[]): { start: number; end: number }[][] => [[], monday, [], [], [], [], []];

describe('validating a settings change', () => {
  it('applies a valid change and lists what changed', () => {
    const current = defaultSettings();
    const result = validateSettingsPatch(current, { intervalMin: 60, sounds: false, theme: 'dark' });
    expect(result).toEqual({ ok: true, settings: { ...current, intervalMin: 60, theme: 'dark' }, changed: ['intervalMin', 'theme'] });
    expect(current.intervalMin).toBe(45);
  });

  it.each<[object, string, string, unknown]>([
    [{ intervalMin: 2 }, 'intervalMin', 'settings-error.minutes-range', 'Choose a whole number of minutes from 5 to 240.'],
    [{ intervalMin: 45.5 }, 'intervalMin', 'settings-error.minutes-range', 'Choose a whole number of minutes from 5 to 240.'],
    [{ snoozeMin: '5' }, 'snoozeMin', 'settings-error.minutes-range', 'Choose a whole number of minutes from 1 to 60.'],
    [{ offeredKinds: [] }, 'offeredKinds', 'settings-error.kinds-empty', 'Keep at least one kind of break on offer.'],
    [{ offeredKinds: ['tea', 'tea'] }, 'offeredKinds', 'settings-error.duplicate', 'This appears twice; once is enough.'],
    [{ offeredKinds: ['coffee'] }, 'offeredKinds.0', 'settings-error.choice', 'Choose one of the options offered.'],
    [{ theme: 'neon' }, 'theme', 'settings-error.choice', 'Choose one of the options offered.'],
    [{ defaultBreathPattern: 'hold-forever' }, 'defaultBreathPattern', 'settings-error.pattern', 'Choose one of the breath patterns offered.'],
    [{ shortcut: 'G' }, 'shortcut', 'settings-error.shortcut-needs-modifier', 'Add Ctrl, Alt or another modifier, so everyday typing stays yours.'],
    [{ shortcut: 'Ctrl+Banana' }, 'shortcut', 'settings-error.shortcut-invalid', expect.stringContaining("can't be used")],
    [{ customPhrases: [{ id: 'c1', text: '   ' }] }, 'customPhrases.0.text', 'settings-error.phrase-empty', 'A phrase needs a few words.'],
    [{ customPhrases: [{ id: 'c1', text: 'x'.repeat(91) }] }, 'customPhrases.0.text', 'settings-error.phrase-too-long', 'Phrases can be up to 90 characters long.'],
    [{ customPhrases: [{ id: 'c1', text: 'Kind \u202Ewords' }] }, 'customPhrases.0.text', 'settings-error.phrase-unsafe', expect.stringContaining('hidden control characters')],
    [{ hiddenPhraseIds: ['a', 'a'] }, 'hiddenPhraseIds', 'settings-error.duplicate', 'This appears twice; once is enough.'],
    [{ schemaVersion: 2 }, 'schemaVersion', 'settings-error.read-only', 'Tend looks after this one itself.'],
    [{ volume: 11 }, 'volume', 'settings-error.unknown-field', 'Tend has no setting called “volume”.'],
    [
      { workingHours: { enabled: true, days: week([{ start: 540, end: 720 }, { start: 700, end: 800 }]) } },
      'workingHours.days.1.1',
      'settings-error.range-overlap',
      'This range overlaps another one. Adjust one of them so they only touch.',
    ],
    [
      { workingHours: { enabled: true, days: week([{ start: 540, end: 540 }]) } },
      'workingHours.days.1.0',
      'settings-error.range-empty',
      expect.stringContaining('starts and ends at the same time'),
    ],
    [{ workingHours: { enabled: true, days: week([{ start: 540, end: 1500 }]) } }, 'workingHours.days.1.0.end', 'settings-error.range-time', 'Times run from 00:00 to 24:00.'],
    [
      { workingHours: { enabled: true, days: week(Array.from({ length: 9 }, (_, i) => ({ start: i * 60, end: i * 60 + 30 }))) } },
      'workingHours.days.1',
      'settings-error.too-many-ranges',
      'Up to 8 ranges fit in one day.',
    ],
  ])('explains %j at %s', (patch, field, code, message) => {
    const result = validateSettingsPatch(defaultSettings(), patch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ field, code, message });
  });

  it('changes nothing when any field in the patch is wrong', () => {
    const result = validateSettingsPatch(defaultSettings(), { intervalMin: 30, snoozeMin: 0 });
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'snoozeMin' }] });
  });

  it('tidies a typed shortcut and phrase before checking them', () => {
    const result = validateSettingsPatch(defaultSettings(), { shortcut: ' ctrl+shift+k ', customPhrases: [{ id: 'mine-1', text: '  Easy does it.  ' }] });
    expect(result).toMatchObject({ ok: true, settings: { shortcut: 'Control+Shift+K', customPhrases: [{ id: 'mine-1', text: 'Easy does it.' }] } });
  });

  it('allows turning the shortcut off', () => {
    expect(validateSettingsPatch(defaultSettings(), { shortcut: '' })).toMatchObject({ ok: true, changed: ['shortcut'] });
  });

  it.each([[null], [[]], ['intervalMin=5'], [7]])('refuses a patch that is not an object: %j', (patch) => {
    expect(validateSettingsPatch(defaultSettings(), patch)).toMatchObject({ ok: false, errors: [{ code: 'settings-error.not-a-change' }] });
  });

  it('never throws and only ever returns valid settings, whatever arrives', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.dictionary(fc.constantFrom('intervalMin', 'workingHours', 'customPhrases', '__proto__', 'shortcut', 'theme'), hostileValue)), (patch) => {
        const result = validateSettingsPatch(defaultSettings(), patch);
        if (result.ok) expect(settingsSchema.safeParse(result.settings).success).toBe(true);
        else expect(result.errors.every((e) => e.message.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
