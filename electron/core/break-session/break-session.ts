/**
 * The break session as one small stateful object: it keeps the session state between views, reads the
 * settings and the clock on every step, and saves what the user asks to keep (favourite and hidden
 * phrases). Main binds it to the real clock, randomness and settings; the browser preview binds it to a
 * standing clock, a seeded rng and settings in memory, so both run this same code.
 *
 * Gentle mode has one home: settings.gentleModeUntil, written by whoever carries out the engine's
 * enterGentleMode effect (until the start of the next local day). The session's own per-day memory of it
 * is derived from that setting before every step, so the two can never disagree.
 */
import type { Need, PracticeId, Rng } from '../content/index.ts';
import type { Settings, BreakKind } from '../settings/settings-schema.ts';
import type {
  FallbackChoiceId,
  FallbackFrom,
  FallbackView,
  GroundingView,
  OfferView,
  PromptView,
} from './break-view-schema.ts';
import { chooseView, offerView, openPractice } from './choose-view.ts';
import { fallbackChoice, needChoice, notRight } from './fallback-views.ts';
import { groundingView } from './grounding-views.ts';
import { anotherPhrase, hidePhrase, keepPhrase } from './kind-words.ts';
import type { SessionStep } from './prompt-views.ts';
import type { SessionContext, SessionSettings, SessionSettingsPatch } from './session-context.ts';
import { initialSessionState, type BreakSessionState } from './session-state.ts';

/** The settings the session reads: what its steps use, and gentle mode. */
export type BreakSessionSettings = SessionSettings & Pick<Settings, 'gentleModeUntil'>;

/** Whether gentle mode is on at `now` by the settings. */
export function gentleModeOn(settings: Pick<Settings, 'gentleModeUntil'>, now: number): boolean {
  return settings.gentleModeUntil !== null && now < settings.gentleModeUntil;
}

export interface BreakSessionOptions {
  settings: () => BreakSessionSettings;
  /** Saves a change the session asks for (in main, through the same path as the settings window). */
  saveSettings: (patch: SessionSettingsPatch) => void;
  now: () => number;
  rng: Rng;
  /** The user's local calendar day at an instant, `YYYY-MM-DD` (the same local time the engine uses). */
  localDateKey: (epochMs: number) => string;
  /** What the session remembers from before it starts (nothing by default). */
  initial?: Partial<Pick<BreakSessionState, 'history' | 'breathIntroShown'>>;
}

/** Views for the break and grounding windows. */
export interface BreakSession {
  /** The offer; `occasion` is remembered for the steps after it. */
  offer(occasion: SessionContext['occasion']): OfferView;
  prompt(kind: BreakKind, occasion: SessionContext['occasion']): PromptView;
  /** "This doesn't feel right", pressed on the prompt `from`. */
  notRight(from: FallbackFrom): FallbackView;
  another(): PromptView;
  /**
   * A practice the user asked for: the kind words screen's invitation (in the break so far), or one
   * opened by name, `occasion` then saying how the break began.
   */
  practice(id: PracticeId, occasion?: SessionContext['occasion']): PromptView;
  favourite(phraseId: string, keep: boolean): void;
  hide(phraseId: string): PromptView;
  fallback(choice: FallbackChoiceId): PromptView;
  need(need: Need): PromptView;
  grounding(): GroundingView;
  /** The session state as of now. */
  state(): BreakSessionState;
}

/** A session that starts today. */
export function createBreakSession(options: BreakSessionOptions): BreakSession {
  const { rng } = options;
  const today = (): string => options.localDateKey(options.now());
  let kept: BreakSessionState = { ...initialSessionState(today()), ...options.initial };
  let occasion: SessionContext['occasion'] = 'timed';
  const ctx = (): SessionContext => ({ settings: options.settings(), today: today(), occasion });
  /** The session state as of now, its gentle day following the settings. */
  const current = (): BreakSessionState => {
    const gentleDay = gentleModeOn(options.settings(), options.now()) ? today() : null;
    return kept.fallback.gentleDay === gentleDay ? kept : { ...kept, fallback: { ...kept.fallback, gentleDay } };
  };
  const keep = <V>(step: SessionStep<V>): V => {
    kept = step.state;
    return step.view;
  };
  return {
    offer(at) {
      occasion = at;
      return offerView(ctx(), current());
    },
    prompt(kind, at) {
      occasion = at;
      return keep(chooseView(kind, current(), ctx(), rng));
    },
    notRight: (from) => keep(notRight(current(), ctx(), from)),
    another: () => keep(anotherPhrase(current(), ctx(), rng)),
    practice(id, at) {
      if (at) occasion = at;
      return keep(openPractice(id, current(), ctx(), rng));
    },
    favourite(phraseId, wanted) {
      options.saveSettings(keepPhrase(phraseId, wanted, options.settings()));
    },
    hide(phraseId) {
      const step = hidePhrase(phraseId, current(), ctx(), rng);
      options.saveSettings(step.settingsPatch);
      return keep(step);
    },
    fallback: (choice) => keep(fallbackChoice(choice, current(), ctx())),
    need: (need) => keep(needChoice(need, current(), ctx())),
    grounding: () => groundingView(ctx()),
    state: current,
  };
}
