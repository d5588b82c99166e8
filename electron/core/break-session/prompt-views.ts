/**
 * Views for single content items: a breath pattern, a tea prompt, a care action, a grounding exercise.
 * Shared by the offer's choices, the fallback's outward choices and the needs check-in.
 */
import { breathPattern, itemById, rememberShown, type BreathId, type BreathItem } from '../content/index.ts';
import type { BreathView, PromptView } from './break-view-schema.ts';
import { lookOf, type SessionContext } from './session-context.ts';
import type { BreakSessionState } from './session-state.ts';

/** A view and the state after it. */
export interface SessionStep<V> {
  view: V;
  state: BreakSessionState;
}

/** The breath view of `item`; the first paced breath also carries the dizziness line, once. */
export function breathView(
  item: BreathItem,
  state: BreakSessionState,
  ctx: SessionContext,
): SessionStep<BreathView> {
  const id: BreathId = item.id;
  const pattern = breathPattern(id, { holds: ctx.settings.boxHolds });
  const paced = pattern.phases.length > 0;
  const firstUse = paced && !state.breathIntroShown;
  return {
    view: {
      view: 'breath',
      patternId: id,
      holds: pattern.phases.some((p) => p.type === 'holdFull' || p.type === 'holdEmpty'),
      firstUse,
      chime: ctx.settings.sounds,
      look: lookOf(ctx.settings),
    },
    state: {
      ...state,
      history: rememberShown(state.history, 'breath', id),
      breathIntroShown: state.breathIntroShown || firstUse,
    },
  };
}

/** The view of a catalogue item by id (breath, tea, care action or grounding), or null for anything else. */
export function itemView(
  id: string,
  state: BreakSessionState,
  ctx: SessionContext,
): SessionStep<PromptView> | null {
  const item = itemById(id);
  const look = lookOf(ctx.settings);
  switch (item?.kind) {
    case 'breath':
      return breathView(item, state, ctx);
    case 'tea':
      return {
        view: { view: 'tea', itemId: item.id, chime: ctx.settings.sounds, look },
        state: { ...state, history: rememberShown(state.history, 'tea', item.id) },
      };
    case 'care-action':
      return {
        view: { view: 'care', itemId: item.id, look },
        state: { ...state, history: rememberShown(state.history, 'care-action', item.id) },
      };
    case 'grounding':
      return { view: { view: 'grounding', itemId: item.id, look }, state };
    default:
      return null;
  }
}
