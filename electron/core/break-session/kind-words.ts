/**
 * The kind words screen's three actions: another phrase, keep this one (a favourite) and hide this
 * phrase. Hiding and keeping change settings, so they return the patch for the caller to save.
 */
import type { Rng } from '../content/index.ts';
import type { PromptView } from './break-view-schema.ts';
import { chooseView } from './choose-view.ts';
import type { SessionStep } from './prompt-views.ts';
import type { SessionContext, SessionSettings, SessionSettingsPatch } from './session-context.ts';
import type { BreakSessionState } from './session-state.ts';

/** Another phrase (never the one just shown while others fit); in gentle mode another small action. */
export function anotherPhrase(
  state: BreakSessionState,
  ctx: SessionContext,
  rng: Rng,
): SessionStep<PromptView> {
  return chooseView('kind', state, ctx, rng);
}

/** The favourites with `id` kept (`keep`) or let go. */
export function keepPhrase(id: string, keep: boolean, settings: SessionSettings): SessionSettingsPatch {
  const others = settings.favouritePhraseIds.filter((f) => f !== id);
  return { favouritePhraseIds: keep ? [...others, id] : others };
}

/**
 * Hides `id` for good (Settings can bring it back) and shows another phrase. A hidden phrase is no
 * longer a favourite either.
 */
export function hidePhrase(
  id: string,
  state: BreakSessionState,
  ctx: SessionContext,
  rng: Rng,
): SessionStep<PromptView> & { settingsPatch: SessionSettingsPatch } {
  const { settings } = ctx;
  const settingsPatch: SessionSettingsPatch = {
    hiddenPhraseIds: settings.hiddenPhraseIds.includes(id)
      ? [...settings.hiddenPhraseIds]
      : [...settings.hiddenPhraseIds, id],
  };
  if (settings.favouritePhraseIds.includes(id)) Object.assign(settingsPatch, keepPhrase(id, false, settings));
  const next = chooseView('kind', state, { ...ctx, settings: { ...settings, ...settingsPatch } }, rng);
  return { ...next, settingsPatch };
}
