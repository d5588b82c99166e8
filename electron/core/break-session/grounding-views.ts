/** Grounding views: the shortcut opens feet on the floor at once; a second press moves on to the next. */
import { nextGrounding, type GroundingId } from '../content/index.ts';
import type { GroundingView } from './break-view-schema.ts';
import { lookOf, type SessionContext } from './session-context.ts';

/** The exercise after `currentId` (G1 when none is open), as a view. */
export function groundingView(
  ctx: Pick<SessionContext, 'settings'>,
  currentId?: GroundingId | null,
): GroundingView {
  return { view: 'grounding', itemId: nextGrounding(currentId).id, look: lookOf(ctx.settings) };
}
