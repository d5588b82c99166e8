/**
 * Main's side of the break session (electron/core/break-session): keeps the session state, picks views
 * with the real clock and randomness, and saves what the user asks to keep (favourite and hidden
 * phrases). The break and grounding windows' IPC handlers and the break presenter read views from here.
 *
 * Gentle mode has one home: settings.gentleModeUntil, written only by the engine's enterGentleMode
 * effect (until the start of the next local day) and kept across restarts. The session's own per-day
 * memory of it is derived from that setting before every step, so the two can never disagree, and the
 * local day comes from the same LocalTime the engine uses.
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
import type { LocalTime } from '../core/engine/index.ts';
import type { BreakKind, Settings } from '../core/settings/settings-schema.ts';

/** Whether gentle mode is on at `now` by the settings. */
export function gentleModeOn(settings: Pick<Settings, 'gentleModeUntil'>, now: number): boolean {
  return settings.gentleModeUntil !== null && now < settings.gentleModeUntil;
}

export interface BreakSessionServiceOptions {
  settings: () => Settings;
  /** Saves a change the session asks for (through the same path as the settings window). */
  saveSettings: (patch: SessionSettingsPatch) => void;
  now: () => number;
  rng: () => number;
  /** The user's local time (the same one the engine uses). */
  localTime: LocalTime;
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
  const today = (): string => options.localTime.localDateKey(options.now());
  let kept: BreakSessionState = initialSessionState(today());
  let occasion: SessionContext['occasion'] = 'timed';
  const ctx = (): SessionContext => ({ settings: options.settings(), today: today(), occasion });
  /** The session state as of now, its gentle day following the settings. */
  const current = (): BreakSessionState => {
    const gentleDay = gentleModeOn(options.settings(), options.now()) ? today() : null;
    return kept.fallback.gentleDay === gentleDay ? kept : { ...kept, fallback: { ...kept.fallback, gentleDay } };
  };
  const keep = <V>(step: { view: V; state: BreakSessionState }): V => {
    kept = step.state;
    return step.view;
  };
  return {
    offer(at) {
      occasion = at;
      return offerView(ctx());
    },
    prompt(kind, at) {
      occasion = at;
      return keep(chooseView(kind, current(), ctx(), options.rng));
    },
    notRight: () => keep(notRight(current(), ctx())),
    another: () => keep(anotherPhrase(current(), ctx(), options.rng)),
    favourite(phraseId, wanted) {
      options.saveSettings(keepPhrase(phraseId, wanted, options.settings()));
    },
    hide(phraseId) {
      const step = hidePhrase(phraseId, current(), ctx(), options.rng);
      options.saveSettings(step.settingsPatch);
      return keep(step);
    },
    fallback: (choice) => keep(fallbackChoice(choice, current(), ctx())),
    need: (need) => keep(needChoice(need, current(), ctx())),
    grounding: () => groundingView(ctx()),
  };
}
