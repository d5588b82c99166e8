/**
 * The offer and what each of its choices opens: the default breath pattern, a fresh tea prompt, or a
 * kind phrase (in gentle mode, or when every phrase is hidden, a small outward action instead).
 */
import {
  catalogue,
  isCustomPhrase,
  phraseText,
  selectPrompt,
  type PracticeId,
  type Rng,
  type SelectionContext,
} from '../content/index.ts';
import type { BreakKind } from '../settings/settings-schema.ts';
import type { OfferView, PromptView } from './break-view-schema.ts';
import { practiceAllowed, practiceInvitation, practiceStep } from './practice-views.ts';
import { breathView, itemView, type SessionStep } from './prompt-views.ts';
import { contentSettingsOf, lookOf, type SessionContext } from './session-context.ts';
import { gentleToday, initialSessionState, onDay, type BreakSessionState } from './session-state.ts';

/** The selection context for a pick; `mentalOptIn` is true only when the user asked for kind words. */
function selection(state: BreakSessionState, ctx: SessionContext, mentalOptIn: boolean): SelectionContext {
  return {
    occasion: ctx.occasion,
    gentle: gentleToday(state),
    mentalOptIn,
    settings: contentSettingsOf(ctx.settings),
    history: state.history,
  };
}

/**
 * The timed offer: the kinds settings offer, in order, and what Kind words opens as things stand (the
 * same rule as kindStep: a phrase when one may be shown, else a small outward action). `session` is the
 * session so far (a fresh one when left out).
 */
export function offerView(ctx: SessionContext, session?: BreakSessionState): OfferView {
  const state = onDay(session ?? initialSessionState(ctx.today), ctx.today);
  // Whether a phrase may be shown depends on the pool, not on chance: any rng gives the same answer.
  const phrase = selectPrompt('phrase', selection(state, ctx, true), () => 0);
  return {
    view: 'offer',
    kinds: [...ctx.settings.offeredKinds],
    kindOpens: phrase ? 'kind' : 'care',
    snoozeMin: ctx.settings.snoozeMin,
    look: lookOf(ctx.settings),
  };
}

/** A small outward action (the kind-words slot when phrases are not offered). */
function careStep(state: BreakSessionState, ctx: SessionContext, rng: Rng): SessionStep<PromptView> {
  const pick = selectPrompt('care-action', selection(state, ctx, false), rng);
  const id = pick?.item.id ?? catalogue.careActions[0]?.id ?? 'care.stretch';
  const step = itemView(id, state, ctx);
  if (!step) throw new Error(`No care action ${id}.`);
  return step;
}

/** A kind phrase, or a care action when gentle mode is on or no phrase may be shown. */
function kindStep(state: BreakSessionState, ctx: SessionContext, rng: Rng): SessionStep<PromptView> {
  const pick = selectPrompt('phrase', selection(state, ctx, true), rng);
  if (!pick) return careStep(state, ctx, rng);
  const { item } = pick;
  const after = { ...state, history: pick.history };
  const practice = practiceInvitation(selection(after, ctx, true));
  return {
    view: {
      view: 'kind',
      phraseId: item.id,
      heading: isCustomPhrase(item) ? catalogue.phrases.customTitle : item.title,
      text: phraseText(item),
      favourite: ctx.settings.favouritePhraseIds.includes(item.id),
      ...(practice ? { practice } : {}),
      look: lookOf(ctx.settings),
    },
    state: after,
  };
}

/**
 * Practice `id`, asked for by the user (the kind words screen's invitation, or a longer practice by
 * name); a small outward action instead where it may not open now (gentle mode, say).
 */
export function openPractice(
  id: PracticeId,
  session: BreakSessionState,
  ctx: SessionContext,
  rng: Rng,
): SessionStep<PromptView> {
  const state = onDay(session, ctx.today);
  return practiceAllowed(id, selection(state, ctx, true)) ? practiceStep(id, state, ctx) : careStep(state, ctx, rng);
}

/** What choosing `kind` opens, and the session after it. */
export function chooseView(
  kind: BreakKind,
  session: BreakSessionState,
  ctx: SessionContext,
  rng: Rng,
): SessionStep<PromptView> {
  const state = onDay(session, ctx.today);
  switch (kind) {
    case 'breath': {
      const pick = selectPrompt('breath', selection(state, ctx, false), rng);
      if (!pick) throw new Error('No breath pattern to offer.');
      return breathView(pick.item, state, ctx);
    }
    case 'tea': {
      const pick = selectPrompt('tea', selection(state, ctx, false), rng);
      const step = itemView(pick?.item.id ?? 'tea.any-drink', state, ctx);
      if (!step) throw new Error('No tea prompt to offer.');
      return step;
    }
    case 'kind':
      return kindStep(state, ctx, rng);
  }
}
