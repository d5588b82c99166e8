/**
 * The break session: which view the break window and the grounding window show, decided purely from
 * the session state, settings, the local day and randomness. createBreakSession keeps that state; main
 * and the preview's demo bridge each bind it to their clock and settings, so the preview runs the app's
 * own session. Zod-free at runtime except the schemas in break-view-schema.ts, which only the IPC
 * contract imports.
 */
export {
  createBreakSession,
  gentleModeOn,
  type BreakSession,
  type BreakSessionOptions,
  type BreakSessionSettings,
} from './break-session.ts';
export { chooseView, offerView, openPractice } from './choose-view.ts';
export { anotherPhrase, hidePhrase, keepPhrase } from './kind-words.ts';
export { fallbackChoice, needChoice, notRight } from './fallback-views.ts';
export { groundingView } from './grounding-views.ts';
export type { SessionContext, SessionSettings, SessionSettingsPatch } from './session-context.ts';
export { gentleToday, initialSessionState, type BreakSessionState } from './session-state.ts';
export type {
  BreakView,
  BreathView,
  CareView,
  FallbackChoiceId,
  FallbackFrom,
  FallbackView,
  GroundingView,
  KindView,
  Look,
  OfferView,
  PracticeView,
  PromptView,
  TeaView,
} from './break-view-schema.ts';
