/**
 * "This doesn't feel right" as session steps: the fallback itself (gentle mode starts, its notes said
 * once), its outward choices, and the needs check-in, where each need leads to one small action.
 */
import { afterFallback, fallback, needsCheckin, type Need } from '../content/index.ts';
import type { FallbackChoiceId, FallbackFrom, FallbackView, PromptView } from './break-view-schema.ts';
import { itemView, type SessionStep } from './prompt-views.ts';
import { lookOf, type SessionContext } from './session-context.ts';
import { onDay, type BreakSessionState } from './session-state.ts';

/** The fallback from the prompt `from`: everything else stops; gentle mode is on for the rest of the day. */
export function notRight(
  session: BreakSessionState,
  ctx: SessionContext,
  from: FallbackFrom,
): SessionStep<FallbackView> {
  const state = onDay(session, ctx.today);
  const { memory, notes } = afterFallback(state.fallback, ctx.today);
  return {
    view: { view: 'fallback', notes, from, look: lookOf(ctx.settings) },
    state: { ...state, fallback: memory },
  };
}

function opened(id: string, state: BreakSessionState, ctx: SessionContext): SessionStep<PromptView> {
  const step = itemView(id, onDay(state, ctx.today), ctx);
  if (!step) throw new Error(`The fallback opens ${id}, which has no view.`);
  return step;
}

/** What one of the fallback's outward choices opens (feet, look around, a drink, breathing normally). */
export function fallbackChoice(
  choice: FallbackChoiceId,
  state: BreakSessionState,
  ctx: SessionContext,
): SessionStep<PromptView> {
  const opens = fallback.choices.find((c) => c.id === choice)?.opens;
  if (!opens) throw new Error(`The fallback choice ${choice} opens nothing.`);
  return opened(opens, state, ctx);
}

/** The one small action a need from the check-in leads to. */
export function needChoice(
  need: Need,
  state: BreakSessionState,
  ctx: SessionContext,
): SessionStep<PromptView> {
  const id = needsCheckin.options.find((o) => o.need === need)?.suggestIds[0];
  if (!id) throw new Error(`The check-in has no action for ${need}.`);
  return opened(id, state, ctx);
}
