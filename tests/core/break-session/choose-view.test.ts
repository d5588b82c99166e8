import { describe, expect, it } from 'vitest';
import {
  chooseView,
  initialSessionState,
  notRight,
  offerView,
} from '../../../electron/core/break-session/index.ts';
import { breakViewSchema } from '../../../electron/core/break-session/break-view-schema.ts';
import { catalogue, itemById, seededRng } from '../../../electron/core/content/index.ts';
import { ctx } from './session-support.ts';

const fresh = () => initialSessionState('2025-03-10');
const rng = () => seededRng(7);

describe('the offer view', () => {
  it('presents the kinds settings offer, in their order, with the look from settings', () => {
    const view = offerView(ctx({ offeredKinds: ['tea', 'breath'], theme: 'dark', reducedMotion: 'on' }));
    expect(view).toEqual({
      view: 'offer',
      kinds: ['tea', 'breath'],
      kindOpens: 'kind',
      snoozeMin: 5,
      look: { theme: 'dark', reducedMotion: 'on' },
    });
  });

  it('carries the snooze minutes from settings, so "Not now" can say when it asks again', () => {
    expect(offerView(ctx({ snoozeMin: 12 })).snoozeMin).toBe(12);
  });

  it.each([
    { name: 'a fresh day', state: () => fresh(), over: {}, opens: 'kind' },
    { name: 'gentle mode', state: () => notRight(fresh(), ctx(), 'kind').state, over: {}, opens: 'care' },
    {
      name: 'every phrase hidden',
      state: () => fresh(),
      over: { hiddenPhraseIds: catalogue.phrases.items.map((p) => p.id) },
      opens: 'care',
    },
  ] as const)('on $name says Kind words opens $opens, as choosing it does', ({ state, over, opens }) => {
    const c = ctx(over);
    expect(offerView(c, state()).kindOpens).toBe(opens);
    expect(chooseView('kind', state(), c, rng()).view.view).toBe(opens);
  });
});

describe('choosing Breathe', () => {
  it.each([
    { name: 'the app default is easy breathing', over: {}, patternId: 'breath.easy-7', holds: false },
    {
      name: 'the default pattern from settings',
      over: { defaultBreathPattern: 'breath.sigh' },
      patternId: 'breath.sigh',
      holds: false,
    },
    {
      name: 'box breathing with its holds',
      over: { defaultBreathPattern: 'breath.box-4', boxHolds: true },
      patternId: 'breath.box-4',
      holds: true,
    },
    {
      name: 'box breathing with holds turned off',
      over: { defaultBreathPattern: 'breath.box-4', boxHolds: false },
      patternId: 'breath.box-4',
      holds: false,
    },
    {
      name: 'an unknown pattern id gives the app default',
      over: { defaultBreathPattern: 'breath.gone' },
      patternId: 'breath.easy-7',
      holds: false,
    },
  ])('opens $name', ({ over, patternId, holds }) => {
    const { view } = chooseView('breath', fresh(), ctx(over), rng());
    expect(view).toMatchObject({ view: 'breath', patternId, holds });
  });

  it('shows the dizziness line with the first paced breath only', () => {
    const first = chooseView('breath', fresh(), ctx(), rng());
    expect(first.view).toMatchObject({ firstUse: true });
    expect(first.state.breathIntroShown).toBe(true);
    const second = chooseView('breath', first.state, ctx(), rng());
    expect(second.view).toMatchObject({ firstUse: false });
  });

  it('rings the end chime only when sounds are on', () => {
    expect(chooseView('breath', fresh(), ctx(), rng()).view).toMatchObject({ chime: false });
    expect(chooseView('breath', fresh(), ctx({ sounds: true }), rng()).view).toMatchObject({ chime: true });
  });

  it('in gentle mode gives box breathing up for the unpaced minute, without the dizziness line', () => {
    const gentle = notRight(fresh(), ctx(), 'kind').state;
    const { view, state } = chooseView(
      'breath',
      gentle,
      ctx({ defaultBreathPattern: 'breath.box-4' }),
      rng(),
    );
    expect(view).toMatchObject({
      view: 'breath',
      patternId: 'breath.natural',
      firstUse: false,
      holds: false,
    });
    expect(state.breathIntroShown).toBe(false);
  });
});

describe('choosing Tea', () => {
  it('opens a tea prompt from the catalogue', () => {
    const { view } = chooseView('tea', fresh(), ctx(), rng());
    expect(view.view).toBe('tea');
    expect(view.view === 'tea' && itemById(view.itemId)?.kind).toBe('tea');
  });

  it('does not repeat a tea prompt within five picks', () => {
    let state = fresh();
    const shown: string[] = [];
    for (let i = 0; i < 6; i++) {
      const step = chooseView('tea', state, ctx(), seededRng(i));
      if (step.view.view === 'tea') shown.push(step.view.itemId);
      state = step.state;
    }
    expect(new Set(shown).size).toBe(6);
  });
});

describe('choosing Kind words', () => {
  it('shows one gentle phrase, resolved to its text, with its heading', () => {
    const { view } = chooseView('kind', fresh(), ctx(), rng());
    if (view.view !== 'kind') throw new Error(`expected a phrase, got ${view.view}`);
    const item = itemById(view.phraseId);
    expect(item?.kind).toBe('phrase');
    expect(item && 'intensity' in item && item.intensity).toBe(1);
    expect(view.heading).toBe(item?.title);
    expect(view.text.length).toBeGreaterThan(0);
    expect(view.favourite).toBe(false);
  });

  it('marks a kept phrase as a favourite', () => {
    const first = chooseView('kind', fresh(), ctx(), rng()).view;
    const id = first.view === 'kind' ? first.phraseId : '';
    expect(chooseView('kind', fresh(), ctx({ favouritePhraseIds: [id] }), rng()).view).toMatchObject({
      phraseId: id,
      favourite: true,
    });
  });

  it("shows the user's own phrase in their words, under its own heading", () => {
    const everyLibraryPhrase = catalogue.phrases.items.map((p) => p.id);
    const own = { id: 'custom.mine', text: 'Slow is fine.' };
    const { view } = chooseView(
      'kind',
      fresh(),
      ctx({ customPhrases: [own], hiddenPhraseIds: everyLibraryPhrase }),
      rng(),
    );
    expect(view).toMatchObject({
      view: 'kind',
      phraseId: 'custom.mine',
      text: 'Slow is fine.',
      heading: catalogue.phrases.customTitle,
    });
  });

  it('offers a small outward action in gentle mode instead of a phrase', () => {
    const gentle = notRight(fresh(), ctx(), 'kind').state;
    expect(chooseView('kind', gentle, ctx(), rng()).view.view).toBe('care');
  });

  it('offers a small outward action when every phrase is hidden', () => {
    const all = catalogue.phrases.items.map((p) => p.id);
    expect(chooseView('kind', fresh(), ctx({ hiddenPhraseIds: all }), rng()).view.view).toBe('care');
  });

  it('offers phrases again on the next day', () => {
    const gentle = notRight(fresh(), ctx(), 'kind').state;
    expect(chooseView('kind', gentle, ctx({}, { today: '2025-03-11' }), rng()).view.view).toBe('kind');
  });
});

describe('every view', () => {
  it.each(['breath', 'tea', 'kind'] as const)('of %s matches the IPC contract', (kind) => {
    expect(breakViewSchema.safeParse(chooseView(kind, fresh(), ctx(), rng()).view).success).toBe(true);
  });
});
