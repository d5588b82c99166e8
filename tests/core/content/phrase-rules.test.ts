/**
 * Issue #13 items 3 and 7: one set of rules for a phrase of the user's own, used by the page (typing,
 * import) and by main (a change from a page, the settings file), and a file's phrases salvaged one by one.
 */
import { describe, expect, it } from 'vitest';
import { checkPhraseText } from '../../../electron/core/content/custom-phrase.ts';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import { loadSettings } from '../../../electron/core/settings/settings-load.ts';
import { validateSettingsPatch } from '../../../electron/core/settings/settings-patch.ts';

const unsafe: [string, string][] = [
  ['a right-to-left override', 'Kind \u202Eeslaf\u202C words.'],
  ['a left-to-right isolate', 'Kind \u2066words\u2069.'],
  ['a bell character', 'Kind\u0007 words.'],
  ['an escape sequence', 'Kind \u001b[31mred\u001b[0m words.'],
  ['a C1 control', 'Kind \u0085words.'],
  ['a lone surrogate', 'Kind \uD800 words.'],
];

describe('the one phrase validator (item 7)', () => {
  it.each(unsafe)('refuses %s', (_, text) => {
    expect(checkPhraseText(text)).toEqual({ ok: false, error: 'unsafe' });
  });

  it.each([['\u200B\u200D'], ['\u200B \uFEFF \u2060'], ['\u00AD\u034F']])(
    'counts invisible characters alone (%j) as empty',
    (text) => {
      expect(checkPhraseText(text)).toEqual({ ok: false, error: 'empty' });
    },
  );

  it('keeps emoji joiners and accents inside real words', () => {
    expect(checkPhraseText('Family 👩‍👩‍👧 time, café.')).toMatchObject({ ok: true });
  });

  it.each([
    ...unsafe,
    ['91 characters', 'a'.repeat(91)],
    ['200 characters', 'b'.repeat(200)],
    ['zero-width only', '\u200B\u200B'],
  ])('main refuses what the page refuses: %s', (_, text) => {
    const result = validateSettingsPatch(defaultSettings(), { customPhrases: [{ id: 'custom.a', text }] });
    expect(result.ok).toBe(false);
  });

  it('main accepts what the page accepts', () => {
    const result = validateSettingsPatch(defaultSettings(), {
      customPhrases: [{ id: 'custom.a', text: 'a'.repeat(90) }],
    });
    expect(result.ok).toBe(true);
  });
});

describe('phrases in the settings file (item 3)', () => {
  const good = [
    { id: 'custom.one', text: 'One breath at a time.' },
    { id: 'custom.two', text: 'Enough for today.' },
  ];

  it('keeps every good phrase when one has an extra key (its own words are kept too)', () => {
    const file = {
      ...defaultSettings(),
      firstRunDone: true,
      customPhrases: [good[0], { id: 'custom.x', text: 'From a newer Tend.', mood: 'calm' }, good[1]],
    };
    const { settings, outcome } = loadSettings(JSON.stringify(file));
    expect(settings.customPhrases).toEqual([
      good[0],
      { id: 'custom.x', text: 'From a newer Tend.' },
      good[1],
    ]);
    expect(outcome).toMatchObject({ kind: 'repaired', resetFields: ['customPhrases'] });
  });

  it('drops only the phrases that cannot be used, one by one', () => {
    const file = {
      ...defaultSettings(),
      firstRunDone: true,
      customPhrases: [
        good[0],
        { id: 'custom.bad', text: '\u202Eoops' },
        'just text',
        null,
        { id: 'custom.one', text: 'Same id again.' },
        { text: 'no id' },
        good[1],
      ],
    };
    const { settings, outcome } = loadSettings(JSON.stringify(file));
    expect(settings.customPhrases).toEqual(good);
    expect(outcome).toMatchObject({ kind: 'repaired', resetFields: ['customPhrases'] });
  });

  it('keeps the first 500 of a list that is too long', () => {
    const many = Array.from({ length: 510 }, (_, i) => ({
      id: `custom.n${String(i)}`,
      text: `Phrase ${String(i)}.`,
    }));
    const { settings } = loadSettings(
      JSON.stringify({ ...defaultSettings(), firstRunDone: true, customPhrases: many }),
    );
    expect(settings.customPhrases).toEqual(many.slice(0, 500));
  });
});
