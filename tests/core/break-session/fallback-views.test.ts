import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  chooseView,
  fallbackChoice,
  gentleToday,
  groundingView,
  initialSessionState,
  needChoice,
  notRight,
} from '../../../electron/core/break-session/index.ts';
import { fallbackFromSchema, fallbackViewSchema } from '../../../electron/core/break-session/break-view-schema.ts';
import type { FallbackFrom, PromptView } from '../../../electron/core/break-session/index.ts';
import { fallback, needs, needsCheckin, seededRng } from '../../../electron/core/content/index.ts';
import { ctx } from './session-support.ts';

const fresh = () => initialSessionState('2025-03-10');

describe("This doesn't feel right", () => {
  it('turns gentle mode on for the day and says so once', () => {
    const first = notRight(fresh(), ctx(), 'kind');
    expect(first.view).toMatchObject({ view: 'fallback', notes: [fallback.gentleNote] });
    expect(gentleToday(first.state)).toBe(true);
    const again = notRight(first.state, ctx(), 'kind');
    expect(again.view.notes).toEqual([]);
  });

  it.each(fallbackFromSchema.options)('remembers it was pressed on %s, so its words can fit', (from) => {
    const { view } = notRight(fresh(), ctx(), from);
    expect(view.from).toBe(from);
    expect(fallbackViewSchema.safeParse(view).success).toBe(true);
  });

  it('can be reached from every prompt, and only from prompts', () => {
    expectTypeOf<FallbackFrom>().toEqualTypeOf<PromptView['view']>();
  });

  it('adds the therapist note once when it has been used on several days', () => {
    let state = fresh();
    const notes: string[][] = [];
    for (const today of ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13']) {
      const step = notRight(state, ctx({}, { today }), 'kind');
      notes.push(step.view.notes);
      state = step.state;
    }
    expect(notes.map((n) => n.includes(fallback.therapistNote))).toEqual([false, false, true, false]);
  });

  it.each([
    { choice: 'feet', view: { view: 'grounding', itemId: 'ground.soles' } },
    { choice: 'look', view: { view: 'grounding', itemId: 'ground.54321' } },
    { choice: 'drink', view: { view: 'tea', itemId: 'tea.any-drink' } },
    { choice: 'breathe', view: { view: 'breath', patternId: 'breath.natural', firstUse: false } },
  ] as const)('"$choice" opens $view.view', ({ choice, view }) => {
    const gentle = notRight(fresh(), ctx(), 'kind').state;
    expect(fallbackChoice(choice, gentle, ctx()).view).toMatchObject(view);
  });

  it.each(
    needs.map((need) => ({ need, id: needsCheckin.options.find((o) => o.need === need)?.suggestIds[0] })),
  )('the need "$need" leads to one small action, $id', ({ need, id }) => {
    expect(needChoice(need, fresh(), ctx()).view).toMatchObject({ view: 'care', itemId: id });
  });

  it('leaves what was picked recently in the history, so kind words still avoid repeats', () => {
    const picked = chooseView('kind', fresh(), ctx(), seededRng(3));
    expect(notRight(picked.state, ctx(), 'kind').state.history).toEqual(picked.state.history);
  });
});

describe('grounding', () => {
  it.each([
    { current: null, next: 'ground.soles' },
    { current: 'ground.soles', next: 'ground.54321' },
    { current: 'ground.54321', next: 'ground.hands-seat' },
    { current: 'ground.hands-seat', next: 'ground.soles' },
  ] as const)('after $current comes $next', ({ current, next }) => {
    expect(groundingView(ctx(), current)).toMatchObject({ view: 'grounding', itemId: next });
  });
});
