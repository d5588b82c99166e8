/** The starter library says what CONTENT.md §2 says: the patterns, prompts, phrases, exercises and fallback. */
import { describe, expect, it } from 'vitest';
import { allItems, catalogue, itemById } from '../../../electron/core/content/catalogue.ts';
import { appDefaultBreath, components } from '../../../electron/core/content/content-ids.ts';
import { nextGrounding } from '../../../electron/core/content/grounding.ts';
import { isMessageKey, t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';

const text = (key: string): string => t(key as PlainMessageKey);
const pattern = (id: string) => catalogue.breath.patterns.find((b) => b.id === id)!.pattern;

describe('breath patterns', () => {
  it.each([
    ['breath.easy-7', 'in 3.5 · out 5', 7],
    ['breath.even-5-5', 'in 5 · out 5', 6],
    ['breath.longout-4-6', 'in 4 · out 6', 6],
    ['breath.sigh', 'in 3 · topUp 1 · out 8', 5],
    ['breath.box-4', 'in 4 · holdFull 4 · out 4 · holdEmpty 4', 4],
  ])('%s is %s, %i times', (id, phases, cycles) => {
    expect(
      pattern(id)
        .phases.map((p) => `${p.type} ${p.sec}`)
        .join(' · '),
    ).toBe(phases);
    expect(pattern(id).cycles).toBe(cycles);
  });

  it('has the unpaced minute: no pacer, a 60 s timer, "just notice"', () => {
    const natural = itemById('breath.natural')!;
    expect(pattern('breath.natural')).toEqual({ phases: [], cycles: 0, bpm: null, holdsToggle: false });
    expect(natural.durationSec).toBe(60);
    const words = natural.steps.map((s) => t(s.text)).join(' ');
    expect(words).toMatch(/Just notice/);
    expect(words).toMatch(/No need to change it/);
  });

  it('uses easy-7 as the default, and only box breathing has holds, with a toggle and not backdraft-safe', () => {
    expect(appDefaultBreath).toBe('breath.easy-7');
    const withHolds = catalogue.breath.patterns.filter((b) =>
      b.pattern.phases.some((p) => p.type.startsWith('hold')),
    );
    expect(withHolds.map((b) => [b.id, b.backdraftSafe, b.pattern.holdsToggle])).toEqual([
      ['breath.box-4', false, true],
    ]);
  });

  it('warns on first use without a promise', () => {
    expect(t(catalogue.breath.firstUse)).toMatch(/^Stop if you feel dizzy or light-headed/);
  });
});

describe('tea prompts', () => {
  it('has six, all behavioural and backdraft-safe', () => {
    expect(catalogue.tea.map((p) => p.id)).toEqual([
      'tea.kettle',
      'tea.warm-hands',
      'tea.for-a-friend',
      'tea.any-drink',
      'tea.steep',
      'tea.elsewhere',
    ]);
    expect(catalogue.tea.every((p) => p.modality === 'behavioural' && p.backdraftSafe)).toBe(true);
  });

  it('offers "Any drink counts" at the desk for the two that need a kitchen', () => {
    const kitchen = catalogue.tea.filter((p) => p.needsKitchen);
    expect(kitchen.map((p) => [p.id, p.alternatives])).toEqual([
      ['tea.kettle', ['tea.any-drink']],
      ['tea.steep', ['tea.any-drink']],
    ]);
    expect(itemById('tea.any-drink')?.requires).toEqual([]);
  });
});

describe('kind words', () => {
  const items = catalogue.phrases.items;

  it('has the 24 starter phrases, eight for each component', () => {
    expect(items).toHaveLength(24);
    for (const component of components)
      expect(items.filter((p) => p.component === component)).toHaveLength(8);
  });

  it('keeps most of them gentle enough for timed breaks (intensity 1)', () => {
    expect(items.filter((p) => p.intensity === 1).length).toBeGreaterThanOrEqual(18);
    expect(items.every((p) => p.intensity <= 2 && p.modality === 'mental' && !p.backdraftSafe)).toBe(true);
  });

  it('tags the forms: one question, three wishes, the rest statements', () => {
    expect(items.filter((p) => p.form === 'question').map((p) => p.id)).toEqual(['phrase.what-would-i-tell']);
    expect(items.filter((p) => p.form === 'wish').map((p) => p.id)).toEqual([
      'phrase.talk-to-myself',
      'phrase.a-little-room',
      'phrase.next-hour',
    ]);
  });

  it('lets the user change the word in "Naming it is enough for now: tired."', () => {
    const nameIt = items.find((p) => p.word);
    expect(nameIt?.id).toBe('phrase.name-it');
    expect(t(nameIt!.word!.template, { word: 'restless' })).toBe('Naming it is enough for now: restless.');
  });

  it('has the friend check, held back from timed breaks', () => {
    expect(catalogue.friendCheck.steps.map((s) => t(s.text))).toContain('Would I say this to a friend?');
    expect(catalogue.friendCheck.intensity).toBeGreaterThan(1);
  });
});

describe('grounding', () => {
  it('starts with feet on the floor, and each press of the shortcut moves on, then round again', () => {
    const first = nextGrounding();
    expect(first.id).toBe('ground.soles');
    expect(t(first.steps[0]!.text)).toMatch(/feet flat on the floor/);
    expect([
      nextGrounding('ground.soles').id,
      nextGrounding('ground.54321').id,
      nextGrounding('ground.hands-seat').id,
    ]).toEqual(['ground.54321', 'ground.hands-seat', 'ground.soles']);
  });

  it('can always be stopped early, and says how steps can be swapped', () => {
    expect(
      catalogue.grounding.every((g) => g.canStopEarly && g.substitutions.length > 0 && g.backdraftSafe),
    ).toBe(true);
  });
});

describe('"This doesn\'t feel right"', () => {
  const { fallback, needsCheckin } = catalogue;

  it('normalises, then offers outward choices in order, ending with just closing it', () => {
    expect(t(fallback.normalise)).toMatch(/^That happens\. .*doesn't mean you did it wrong\.$/);
    expect(fallback.choices.map((c) => [t(c.label), c.opens])).toEqual([
      ['Feel my feet', 'ground.soles'],
      ['Look around', 'ground.54321'],
      ['Get a drink', 'tea.any-drink'],
      ['Breathe normally', 'breath.natural'],
      ['Just close this', null],
    ]);
  });

  it('maps each need to one concrete action, all different', () => {
    expect(needsCheckin.options.map((o) => t(o.label))).toEqual([
      'Safer',
      'Comforted',
      'Calmer',
      'Heard',
      'Protected',
      'Looked after',
      'A nudge',
    ]);
    const actions = needsCheckin.options.map((o) => o.suggestIds);
    expect(actions.every((ids) => ids.length === 1)).toBe(true);
    expect(new Set(actions.flat()).size).toBe(actions.length);
  });

  it('announces gentle mode and mentions a therapist in a low-key way', () => {
    expect(t(fallback.gentleNote)).toBe('Keeping things simple until tomorrow: small things to do instead of kind words.');
    expect(t(fallback.therapistNote)).toMatch(/therapist can help you practise at a pace that feels okay/);
  });
});

describe('message keys of content', () => {
  it('follow content.<item id>.<part>, apart from the shared phrase headings', () => {
    const keysOf = (value: unknown): string[] =>
      typeof value === 'string'
        ? isMessageKey(value)
          ? [value]
          : []
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(keysOf)
          : [];
    const stray = allItems().flatMap((item) =>
      keysOf(item)
        .filter((key) => !key.startsWith(`content.${item.id}.`) && !key.startsWith('content.phrases.title.'))
        .map((key) => `${item.id}: ${key}`),
    );
    expect(stray).toEqual([]);
  });

  it('have English text under every one', () => {
    expect(
      allItems()
        .flatMap((item) => item.steps.map((s) => text(s.text)))
        .filter((s) => s.trim() === ''),
    ).toEqual([]);
  });
});
