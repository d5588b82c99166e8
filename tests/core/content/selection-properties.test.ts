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

/** Any context; at most 10 of the 24 library phrases hidden, so at least six phrases always fit. */
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
  })
  .map(({ occasion, gentle, mentalOptIn, hidden, ...settings }) =>
    context({ occasion, gentle, mentalOptIn }, { ...settings, hiddenPhrases: hidden }),
  );

const kinds: SelectableKind[] = ['breath', 'tea', 'phrase', 'care-action', 'friend-check'];

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
