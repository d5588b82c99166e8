/** Invariants of selection over random contexts, seeds and runs of picks (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breathIds } from '../../../electron/core/content/content-ids.ts';
import { isCustomPhrase } from '../../../electron/core/content/custom-phrase.ts';
import { phrases } from '../../../electron/core/content/phrases.ts';
import { seededRng } from '../../../electron/core/content/rng.ts';
import {
  selectPrompt,
  type SelectableKind,
  type SelectionContext,
} from '../../../electron/core/content/selection.ts';
import { context } from './selection-support.ts';

const customPhrases = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^custom\.[a-z0-9]{1,8}$/),
    text: fc.string({ minLength: 1, maxLength: 90 }),
  }),
  { maxLength: 6, selector: (p) => p.id },
);

/**
 * Any context; at most 10 of the library phrases hidden, so at least six phrases always fit; any of
 * them (hidden or not) may be a favourite.
 */
const anyContext = fc
  .record({
    occasion: fc.constantFrom('timed' as const, 'manual' as const),
    gentle: fc.boolean(),
    mentalOptIn: fc.boolean(),
    defaultBreath: fc.constantFrom(...breathIds),
    boxBreathing: fc.boolean(),
    boxHolds: fc.boolean(),
    customPhrases,
    hidden: fc.subarray(
      phrases.map((p) => p.id),
      { maxLength: 10 },
    ),
    favourites: fc.subarray(phrases.map((p) => p.id)),
  })
  .map(({ occasion, gentle, mentalOptIn, hidden, favourites, ...settings }) =>
    context({ occasion, gentle, mentalOptIn }, { ...settings, hiddenPhrases: hidden, favouritePhrases: favourites }),
  );

const kinds: SelectableKind[] = ['breath', 'tea', 'phrase', 'care-action', 'friend-check', 'practice'];

/** The ids of `count` picks in a row, each remembering the last. */
function run(kind: SelectableKind, start: SelectionContext, seed: number, count: number): string[] {
  const rng = seededRng(seed);
  let ctx = start;
  const shown: string[] = [];
  for (let i = 0; i < count; i++) {
    const pick = selectPrompt(kind, ctx, rng);
    if (!pick) break;
    shown.push(pick.item.id);
    ctx = { ...ctx, history: pick.history };
  }
  return shown;
}

describe('selection, for any context', () => {
  it('never repeats an item within five picks of its kind', () => {
    fc.assert(
      fc.property(
        anyContext,
        fc.constantFrom<SelectableKind>('tea', 'phrase', 'care-action'),
        fc.integer(),
        (ctx, kind, seed) => {
          const shown = run(
            kind,
            { ...ctx, mentalOptIn: true, gentle: kind === 'phrase' ? false : ctx.gentle },
            seed,
            30,
          );
          expect(shown.length).toBe(30);
          shown.forEach((id, i) => expect(shown.slice(Math.max(0, i - 5), i)).not.toContain(id));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never yields a phrase or any mental item in gentle mode', () => {
    fc.assert(
      fc.property(anyContext, fc.constantFrom(...kinds), fc.integer(), (ctx, kind, seed) => {
        const pick = selectPrompt(kind, { ...ctx, gentle: true }, seededRng(seed));
        if (!pick) return;
        expect(isCustomPhrase(pick.item)).toBe(false);
        if (isCustomPhrase(pick.item)) return;
        expect(pick.item.kind).not.toBe('phrase');
        expect(pick.item.modality).not.toBe('mental');
        expect(pick.item.backdraftSafe).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never yields a mental item without the opt-in', () => {
    fc.assert(
      fc.property(anyContext, fc.constantFrom(...kinds), fc.integer(), (ctx, kind, seed) => {
        const pick = selectPrompt(kind, { ...ctx, mentalOptIn: false }, seededRng(seed));
        if (pick) expect(isCustomPhrase(pick.item) || pick.item.modality === 'mental').toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('never shows a hidden phrase, and only intensity 1 at timed breaks', () => {
    fc.assert(
      fc.property(anyContext, fc.integer(), (ctx, seed) => {
        const hidden = new Set(ctx.settings.hiddenPhrases);
        const shown = run('phrase', { ...ctx, mentalOptIn: true, gentle: false }, seed, 12);
        expect(shown.filter((id) => hidden.has(id))).toEqual([]);
        if (ctx.occasion !== 'timed') return;
        const stronger = new Set(phrases.filter((p) => p.intensity > 1).map((p) => p.id));
        expect(shown.filter((id) => stronger.has(id))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('invites only to a short practice: never a longer one, and at a timed break only the intensity-1 warm-up', () => {
    fc.assert(
      fc.property(anyContext, fc.integer(), (ctx, seed) => {
        const shown = run('practice', { ...ctx, mentalOptIn: true, gentle: false }, seed, 12);
        expect(shown.length).toBe(12);
        expect(shown.filter((id) => id.startsWith('longer.'))).toEqual([]);
        if (ctx.occasion === 'timed') expect(new Set(shown)).toEqual(new Set(['warmup.easy-someone']));
        // With more than one to choose from, never the same practice twice in a row.
        else shown.slice(1).forEach((id, i) => expect(id).not.toBe(shown[i]));
      }),
      { numRuns: 500 },
    );
  });

  it('never offers a breath pattern with holds unless box breathing is opted in with holds on', () => {
    fc.assert(
      fc.property(anyContext, fc.integer(), (ctx, seed) => {
        const pick = selectPrompt('breath', ctx, seededRng(seed))!;
        const holds = pick.pattern.phases.some((p) => p.type === 'holdFull' || p.type === 'holdEmpty');
        const allowed = ctx.settings.boxBreathing && ctx.settings.boxHolds && !ctx.gentle;
        expect(holds && !allowed).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('favourites, over 10,000 picks', () => {
  /** How often each phrase id comes up in `count` picks in a row from `ctx`. */
  function tally(ctx: SelectionContext, seed: number, count: number): Map<string, number> {
    const counts = new Map<string, number>();
    for (const id of run('phrase', ctx, seed, count)) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }

  it('a favourite comes up more often than any phrase that is not one, and never alone', () => {
    fc.assert(
      fc.property(
        fc.subarray(
          phrases.filter((p) => p.intensity === 1).map((p) => p.id),
          { minLength: 1, maxLength: 4 },
        ),
        fc.integer(),
        (favourites, seed) => {
          const ctx = context({ occasion: 'timed', mentalOptIn: true }, { favouritePhrases: favourites });
          const counts = tally(ctx, seed, 10_000);
          const liked = new Set(favourites);
          const of = (keep: (id: string) => boolean): number[] => [...counts].filter(([id]) => keep(id)).map(([, n]) => n);
          const others = of((id) => !liked.has(id));
          expect(Math.min(...of((id) => liked.has(id)))).toBeGreaterThan(Math.max(...others));
          // Never only the favourites: every other phrase that may show still comes up.
          expect(others.length).toBe(phrases.filter((p) => p.intensity === 1).length - favourites.length);
          expect(Math.min(...others)).toBeGreaterThan(0);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('still never repeats a phrase within five picks, favourites included', () => {
    fc.assert(
      fc.property(anyContext, fc.integer(), (ctx, seed) => {
        const shown = run('phrase', { ...ctx, mentalOptIn: true, gentle: false }, seed, 60);
        shown.forEach((id, i) => expect(shown.slice(Math.max(0, i - 5), i)).not.toContain(id));
      }),
      { numRuns: 300 },
    );
  });

  it('with no favourites, picks fall as evenly as before', () => {
    const counts = [...tally(context({ occasion: 'timed', mentalOptIn: true }), 7, 10_000).values()];
    expect(Math.max(...counts) / Math.min(...counts)).toBeLessThan(1.25);
  });
});
