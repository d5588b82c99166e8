/**
 * Main's side of the break session (electron/core/break-session): keeps the session state, picks views
 * with the real clock and randomness, and saves what the user asks to keep (favourite and hidden
 * phrases). The break and grounding windows' IPC handlers and the break presenter read views from here.
 */
import {
  anotherPhrase,
  chooseView,
  fallbackChoice,
  groundingView,
  hidePhrase,
  initialSessionState,
  keepPhrase,
  needChoice,
  notRight,
  offerView,
  type BreakSessionState,
  type FallbackChoiceId,
  type FallbackView,
  type GroundingView,
  type OfferView,
  type PromptView,
  type SessionContext,
  type SessionSettingsPatch,
} from '../core/break-session/index.ts';
import type { Need } from '../core/content/index.ts';
import type { BreakKind, Settings } from '../core/settings/settings-schema.ts';

/** The user's local calendar day, YYYY-MM-DD. */
export function localDay(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface BreakSessionServiceOptions {
  settings: () => Settings;
  /** Saves a change the session asks for (through the same path as the settings window). */
  saveSettings: (patch: SessionSettingsPatch) => void;
  now: () => number;
  rng: () => number;
}

/** Views for the break and grounding windows. */
export interface BreakSessionService {
  offer(occasion: SessionContext['occasion']): OfferView;
  prompt(kind: BreakKind, occasion: SessionContext['occasion']): PromptView;
  notRight(): FallbackView;
  another(): PromptView;
  favourite(phraseId: string, keep: boolean): void;
  hide(phraseId: string): PromptView;
  fallback(choice: FallbackChoiceId): PromptView;
  need(need: Need): PromptView;
  grounding(): GroundingView;
}

/** A session that starts today. */
export function createBreakSessionService(options: BreakSessionServiceOptions): BreakSessionService {
  let state: BreakSessionState = initialSessionState(localDay(options.now()));
  let occasion: SessionContext['occasion'] = 'timed';
  const ctx = (): SessionContext => ({ settings: options.settings(), today: localDay(options.now()), occasion });
  const keep = <V>(step: { view: V; state: BreakSessionState }): V => {
    state = step.state;
    return step.view;
  };
  return {
    offer(at) {
      occasion = at;
      return offerView(ctx());
    },
    prompt(kind, at) {
      occasion = at;
      return keep(chooseView(kind, state, ctx(), options.rng));
    },
    notRight: () => keep(notRight(state, ctx())),
    another: () => keep(anotherPhrase(state, ctx(), options.rng)),
    favourite(phraseId, wanted) {
      options.saveSettings(keepPhrase(phraseId, wanted, options.settings()));
    },
    hide(phraseId) {
      const step = hidePhrase(phraseId, state, ctx(), options.rng);
      options.saveSettings(step.settingsPatch);
      return keep(step);
    },
    fallback: (choice) => keep(fallbackChoice(choice, state, ctx())),
    need: (need) => keep(needChoice(need, state, ctx())),
    grounding: () => groundingView(ctx()),
  };
}
