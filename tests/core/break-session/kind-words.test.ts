import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anotherPhrase,
  chooseView,
  hidePhrase,
  initialSessionState,
  keepPhrase,
  type KindView,
} from '../../../electron/core/break-session/index.ts';
import { seededRng } from '../../../electron/core/content/index.ts';
import { ctx } from './session-support.ts';

const fresh = () => initialSessionState('2025-03-10');

function phraseOf(view: { view: string }): KindView {
  if (view.view !== 'kind') throw new Error(`expected a phrase, got ${view.view}`);
  return view as KindView;
}

describe('another one', () => {
  it('never shows the phrase that was just on screen', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        const first = chooseView('kind', fresh(), ctx(), seededRng(a));
        const next = anotherPhrase(first.state, ctx(), seededRng(b));
        expect(phraseOf(next.view).phraseId).not.toBe(phraseOf(first.view).phraseId);
      }),
    );
  });
});

describe('keep this one', () => {
  it.each([
    {
      name: 'adds a phrase to the favourites',
      before: ['phrase.a'],
      id: 'phrase.b',
      keep: true,
      after: ['phrase.a', 'phrase.b'],
    },
    {
      name: 'keeps a favourite only once',
      before: ['phrase.b'],
      id: 'phrase.b',
      keep: true,
      after: ['phrase.b'],
    },
    {
      name: 'lets a favourite go',
      before: ['phrase.a', 'phrase.b'],
      id: 'phrase.a',
      keep: false,
      after: ['phrase.b'],
    },
  ])('$name', ({ before, id, keep, after }) => {
    expect(keepPhrase(id, keep, ctx({ favouritePhraseIds: before }).settings)).toEqual({
      favouritePhraseIds: after,
    });
  });
});

describe('a kept phrase, in the breaks that follow', () => {
  it('comes up more often than before it was kept, on the kind words screen as the user sees it', () => {
    const kept = phraseOf(chooseView('kind', fresh(), ctx(), seededRng(1)).view).phraseId;
    /** How many of 600 "another one" presses show the kept phrase, with these favourites. */
    const timesShown = (favouritePhraseIds: string[]): number => {
      const rng = seededRng(9);
      let step = chooseView('kind', fresh(), ctx({ favouritePhraseIds }), rng);
      let count = 0;
      for (let i = 0; i < 600; i++) {
        step = anotherPhrase(step.state, ctx({ favouritePhraseIds }), rng);
        if (phraseOf(step.view).phraseId === kept) count++;
      }
      return count;
    };
    expect(timesShown([kept])).toBeGreaterThan(timesShown([]) * 1.5);
  });
});

describe('hide this phrase', () => {
  it('asks to save the phrase as hidden and shows a different one', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        const first = phraseOf(chooseView('kind', fresh(), ctx(), seededRng(a)).view);
        const hidden = hidePhrase(first.phraseId, fresh(), ctx(), seededRng(b));
        expect(hidden.settingsPatch.hiddenPhraseIds).toEqual([first.phraseId]);
        expect(phraseOf(hidden.view).phraseId).not.toBe(first.phraseId);
      }),
    );
  });

  it('lets a hidden phrase go from the favourites too', () => {
    const { settingsPatch } = hidePhrase(
      'phrase.b',
      fresh(),
      ctx({ favouritePhraseIds: ['phrase.a', 'phrase.b'] }),
      seededRng(1),
    );
    expect(settingsPatch).toEqual({ hiddenPhraseIds: ['phrase.b'], favouritePhraseIds: ['phrase.a'] });
  });

  it('does not list a phrase twice when it was hidden already', () => {
    const { settingsPatch } = hidePhrase(
      'phrase.b',
      fresh(),
      ctx({ hiddenPhraseIds: ['phrase.b'] }),
      seededRng(1),
    );
    expect(settingsPatch).toEqual({ hiddenPhraseIds: ['phrase.b'] });
  });
});
