/**
 * The break session: which view the break window and the grounding window show, decided purely from
 * the session state, settings, the local day and randomness. Main (later wiring) and the preview's demo
 * bridge both call these, so the preview behaves like the app. Zod-free at runtime except the schemas
 * in break-view-schema.ts, which only the IPC contract imports.
 */
export { chooseView, offerView } from './choose-view.ts';
export { anotherPhrase, hidePhrase, keepPhrase } from './kind-words.ts';
export { fallbackChoice, needChoice, notRight } from './fallback-views.ts';
export { groundingView } from './grounding-views.ts';
export { breathView, itemView, type SessionStep } from './prompt-views.ts';
export {
  contentSettingsOf,
  lookOf,
  type SessionContext,
  type SessionSettings,
  type SessionSettingsPatch,
} from './session-context.ts';
export { gentleToday, initialSessionState, onDay, type BreakSessionState } from './session-state.ts';
export type {
  BreakView,
  BreathView,
  CareView,
  FallbackChoiceId,
  FallbackView,
  GroundingView,
  KindView,
  Look,
  OfferView,
  PromptView,
  TeaView,
} from './break-view-schema.ts';
