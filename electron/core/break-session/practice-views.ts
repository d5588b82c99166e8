/**
 * The practices (issue #21): the one Kind words invites to, and opening it or a longer one. They keep
 * the selection's gates: mental, so never in gentle mode; at a break Tend offered, only intensity 1 (so
 * the longer ones, intensity 3, only at a break the user started). Where a practice may not open, a small outward action
 * opens instead, as Kind words does in gentle mode.
 */
import {
  allowed,
  isInvitedPracticeId,
  itemById,
  rememberShown,
  selectPrompt,
  type InvitedPracticeId,
  type PracticeId,
  type SelectionContext,
} from '../content/index.ts';
import type { PromptView } from './break-view-schema.ts';
import type { SessionStep } from './prompt-views.ts';
import { lookOf, type SessionContext } from './session-context.ts';
import type { BreakSessionState } from './session-state.ts';

/**
 * The practice a kind words screen invites to, if one may be shown: the first of the practices not
 * among the latest opened, so the invitation changes from one time to the next without drawing on chance.
 */
export function practiceInvitation(selection: SelectionContext): InvitedPracticeId | undefined {
  const id = selectPrompt('practice', selection, () => 0)?.item.id;
  return id !== undefined && isInvitedPracticeId(id) ? id : undefined;
}

/**
 * Whether practice `id` may open now, asked for by the user: the selection's own gates (a longer
 * practice is intensity 3, so at a break Tend offered it never opens).
 */
export function practiceAllowed(id: PracticeId, selection: SelectionContext): boolean {
  const item = itemById(id);
  return item !== undefined && allowed(item, selection);
}

/** The view of practice `id`, remembered among the practices shown (for the no-repeat rule). */
export function practiceStep(id: PracticeId, state: BreakSessionState, ctx: SessionContext): SessionStep<PromptView> {
  return {
    view: { view: 'practice', itemId: id, look: lookOf(ctx.settings) },
    state: { ...state, history: rememberShown(state.history, 'practice', id) },
  };
}
