/** Each selection rule, as a scenario. Properties over random contexts are in selection-properties.test.ts. */
import { describe, expect, it } from 'vitest';
import { isCustomPhrase } from '../../../electron/core/content/custom-phrase.ts';
import { phrases } from '../../../electron/core/content/phrases.ts';
import { seededRng } from '../../../electron/core/content/rng.ts';
import {
  rememberShown,
  selectPrompt,
  type SelectionContext,
} from '../../../electron/core/content/selection.ts';
import { shownHistorySchema } from '../../../electron/core/content/content-settings-schema.ts';
import { context } from './selection-support.ts';

const kindWords = (over: Partial<SelectionContext> = {}) => context({ mentalOptIn: true, ...over });

/** The ids picked over `n` picks, each with its own seed, from a fresh history. */
function idsOver(n: number, pickOne: (seed: number) => string | undefined): Set<string> {
  return new Set(Array.from({ length: n }, (_, seed) => pickOne(seed)).filter((id) => id !== undefined));
}

describe('choosing what to show', () => {
  it('shows kind words only when the user asked for them', () => {
    expect(selectPrompt('phrase', context({ mentalOptIn: false }), seededRng(1))).toBeNull();
    expect(
      selectPrompt('friend-check', context({ occasion: 'manual', mentalOptIn: false }), seededRng(1)),
    ).toBeNull();
    expect(selectPrompt('phrase', kindWords(), seededRng(1))?.item).toBeDefined();
  });

  it('uses only intensity-1 phrases at a timed break', () => {
    const picked = idsOver(300, (seed) => selectPrompt('phrase', kindWords(), seededRng(seed))?.item.id);
    const gentlest = new Set(phrases.filter((p) => p.intensity === 1).map((p) => p.id));
    expect([...picked].filter((id) => !gentlest.has(id))).toEqual([]);
    expect(picked.size).toBe(gentlest.size);
  });

  it('may use a stronger phrase when the user started the break themselves', () => {
    const picked = idsOver(
      300,
      (seed) => selectPrompt('phrase', kindWords({ occasion: 'manual' }), seededRng(seed))?.item.id,
    );
    expect(picked.has('phrase.loud-not-true')).toBe(true);
  });

  it('keeps the friend check (intensity 2) out of timed breaks', () => {
    expect(selectPrompt('friend-check', kindWords(), seededRng(1))).toBeNull();
    expect(selectPrompt('friend-check', kindWords({ occasion: 'manual' }), seededRng(1))?.item.id).toBe(
      'friend.check',
    );
  });

  it('offers no phrases in gentle mode, even when asked, and a care action can take their place', () => {
    expect(selectPrompt('phrase', kindWords({ gentle: true }), seededRng(1))).toBeNull();
    expect(
      selectPrompt('friend-check', kindWords({ gentle: true, occasion: 'manual' }), seededRng(1)),
    ).toBeNull();
    expect(selectPrompt('care-action', context({ gentle: true }), seededRng(1))?.item.backdraftSafe).toBe(
      true,
    );
  });

  it("adds the user's own phrases to the pool, also at timed breaks", () => {
    const own = { id: 'custom.mine', text: 'Small steps still count.' };
    const pickWith = (customPhrases: (typeof own)[]) => (seed: number) =>
      selectPrompt('phrase', context({ mentalOptIn: true }, { customPhrases }), seededRng(seed))?.item.id;
    expect(idsOver(300, pickWith([])).has(own.id)).toBe(false);
    expect(idsOver(300, pickWith([own])).has(own.id)).toBe(true);
  });

  it('never shows a hidden phrase, from the library or the user', () => {
    const own = { id: 'custom.mine', text: 'Small steps still count.' };
    const hiddenPhrases = [...phrases.map((p) => p.id).filter((id) => id !== 'phrase.own-side'), own.id];
    const settings = { customPhrases: [own, { id: 'custom.kept', text: 'Slow is fine.' }], hiddenPhrases };
    const picked = idsOver(
      200,
      (seed) => selectPrompt('phrase', context({ mentalOptIn: true }, settings), seededRng(seed))?.item.id,
    );
    expect([...picked].sort()).toEqual(['custom.kept', 'phrase.own-side']);
  });

  it('shows nothing rather than a hidden phrase when everything is hidden', () => {
    const hiddenPhrases = phrases.map((p) => p.id);
    expect(
      selectPrompt('phrase', context({ mentalOptIn: true }, { hiddenPhrases }), seededRng(3)),
    ).toBeNull();
  });

  it('does not repeat any of the last five tea prompts', () => {
    const history = {
      tea: ['tea.kettle', 'tea.warm-hands', 'tea.for-a-friend', 'tea.steep', 'tea.elsewhere'],
    };
    for (let seed = 0; seed < 50; seed++)
      expect(selectPrompt('tea', context({ history }), seededRng(seed))?.item.id).toBe('tea.any-drink');
  });

  it('with only two phrases left, alternates rather than repeating', () => {
    const hiddenPhrases = phrases
      .map((p) => p.id)
      .filter((id) => id !== 'phrase.own-side' && id !== 'phrase.next-hour');
    let ctx = context({ mentalOptIn: true }, { hiddenPhrases });
    const shown: string[] = [];
    for (let i = 0; i < 6; i++) {
      const pick = selectPrompt('phrase', ctx, seededRng(i))!;
      shown.push(pick.item.id);
      ctx = { ...ctx, history: pick.history };
    }
    shown.slice(1).forEach((id, i) => expect(id).not.toBe(shown[i]));
  });

  it('keeps the history as a small plain value: the last five per kind', () => {
    let history = {};
    for (const id of ['a.1', 'a.2', 'a.3', 'a.4', 'a.5', 'a.6', 'a.2'])
      history = rememberShown(history, 'tea', id);
    expect(history).toEqual({ tea: ['a.3', 'a.4', 'a.5', 'a.6', 'a.2'] });
    expect(JSON.parse(JSON.stringify(history))).toEqual(history);
    expect(shownHistorySchema.parse(history)).toEqual(history);
  });

  it('gives the same pick for the same seed', () => {
    const a = selectPrompt('phrase', kindWords(), seededRng(42));
    const b = selectPrompt('phrase', kindWords(), seededRng(42));
    expect(a?.item.id).toBe(b?.item.id);
    expect(a && isCustomPhrase(a.item)).toBe(false);
  });
});

describe('choosing a breath pattern', () => {
  it.each([
    ['the app default when nothing is set', {}, false, 'breath.easy-7', 'in out'],
    [
      'the default from settings',
      { defaultBreath: 'breath.even-5-5' as const },
      false,
      'breath.even-5-5',
      'in out',
    ],
    [
      'the sigh with its top-up',
      { defaultBreath: 'breath.sigh' as const },
      false,
      'breath.sigh',
      'in topUp out',
    ],
    [
      'box breathing only when opted in',
      { defaultBreath: 'breath.box-4' as const },
      false,
      'breath.easy-7',
      'in out',
    ],
    [
      'box breathing with holds',
      { defaultBreath: 'breath.box-4' as const, boxBreathing: true },
      false,
      'breath.box-4',
      'in holdFull out holdEmpty',
    ],
    [
      'box breathing without holds',
      { defaultBreath: 'breath.box-4' as const, boxBreathing: true, boxHolds: false },
      false,
      'breath.box-4',
      'in out',
    ],
    [
      'the unpaced minute instead of box in gentle mode',
      { defaultBreath: 'breath.box-4' as const, boxBreathing: true },
      true,
      'breath.natural',
      '',
    ],
    [
      'a safe default, unchanged in gentle mode',
      { defaultBreath: 'breath.longout-4-6' as const },
      true,
      'breath.longout-4-6',
      'in out',
    ],
  ])('uses %s', (_, settings, gentle, id, phases) => {
    const pick = selectPrompt('breath', context({ gentle }, settings), seededRng(7))!;
    expect(pick.item.id).toBe(id);
    expect(pick.pattern.phases.map((p) => p.type).join(' ')).toBe(phases);
  });
});
