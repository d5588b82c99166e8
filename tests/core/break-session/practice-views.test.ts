/** The practices inside Kind words and the longer ones (issue #21), as the break session opens them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseView,
  initialSessionState,
  notRight,
  offerView,
  openPractice,
  type BreakSessionState,
} from '../../../electron/core/break-session/index.ts';
import { breakViewSchema } from '../../../electron/core/break-session/break-view-schema.ts';
import { practiceIds, seededRng, type PracticeId } from '../../../electron/core/content/index.ts';
import { ctx } from './session-support.ts';

const fresh = (): BreakSessionState => initialSessionState('2025-03-10');
const gentle = (): BreakSessionState => notRight(fresh(), ctx(), 'kind').state;
const manual = { occasion: 'manual' } as const;

describe('the kind words screen', () => {
  it('at a timed break invites to the warm-up with someone easy, and only that', () => {
    const { view } = chooseView('kind', fresh(), ctx(), seededRng(1));
    expect(view).toMatchObject({ view: 'kind', practice: 'warmup.easy-someone' });
  });

  it('at a break the user started, invites to a different practice each time while others may show', () => {
    let state = fresh();
    const invited: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      const { view } = chooseView('kind', state, ctx({}, manual), seededRng(i));
      if (view.view !== 'kind' || view.practice === undefined) throw new Error('expected an invitation');
      invited.push(view.practice);
      state = openPractice(view.practice, state, ctx({}, manual), seededRng(i)).state;
    }
    expect(new Set(invited).size).toBe(3);
  });

  it('in gentle mode invites to nothing: it shows a small outward action instead of a phrase', () => {
    const { view } = chooseView('kind', gentle(), ctx({}, manual), seededRng(1));
    expect(view.view).toBe('care');
  });
});

describe('opening a practice', () => {
  it.each<[string, PracticeId, 'timed' | 'manual', 'practice' | 'care']>([
    ['the warm-up at a timed break', 'warmup.easy-someone', 'timed', 'practice'],
    ['the Self-Compassion Break at a break the user started', 'scb.moment', 'manual', 'practice'],
    ['the Self-Compassion Break at a timed break (it turns toward a hard moment): a small action', 'scb.moment', 'timed', 'care'],
    ['RAIN when asked for by name', 'longer.rain', 'manual', 'practice'],
    ['the letter at a timed break: a small action', 'longer.letter', 'timed', 'care'],
  ])('%s', (_, id, occasion, expected) => {
    const { view } = openPractice(id, fresh(), ctx({}, { occasion }), seededRng(2));
    expect(view.view).toBe(expected);
    expect(breakViewSchema.safeParse(view).success).toBe(true);
  });

  it('never opens any practice in gentle mode', () => {
    fc.assert(
      fc.property(fc.constantFrom(...practiceIds), fc.constantFrom('timed' as const, 'manual' as const), fc.integer(), (id, occasion, seed) => {
        expect(openPractice(id, gentle(), ctx({}, { occasion }), seededRng(seed)).view.view).toBe('care');
      }),
    );
  });
});

describe('the longer practices', () => {
  it('are never offered: not by the offer, not by any choice on it, not as an invitation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('breath' as const, 'tea' as const, 'kind' as const),
        fc.constantFrom('timed' as const, 'manual' as const),
        fc.boolean(),
        fc.integer(),
        (kind, occasion, isGentle, seed) => {
          const state = isGentle ? gentle() : fresh();
          const c = ctx({}, { occasion });
          const seen = JSON.stringify([offerView(c, state), chooseView(kind, state, c, seededRng(seed)).view]);
          expect(seen).not.toMatch(/longer\./);
        },
      ),
      { numRuns: 500 },
    );
  });
});
