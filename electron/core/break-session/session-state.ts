/**
 * What a break session remembers between views and between breaks: recent picks (no repeats), the
 * fallback's memory (gentle mode for the rest of the day), whether the dizziness line was shown, and the
 * local day. A plain serialisable value that main keeps (and may store) and the demo bridge keeps in-page.
 */
import {
  initialFallbackMemory,
  isGentleMode,
  type FallbackMemory,
  type LocalDay,
  type ShownHistory,
} from '../content/index.ts';

/** The session's memory; every field is plain JSON. */
export interface BreakSessionState {
  /** The local day this state was last used on (`YYYY-MM-DD`). */
  today: LocalDay;
  /** The last few ids shown per kind, for the no-repeat rule. */
  history: ShownHistory;
  /** Gentle mode and the quiet notes after "This doesn't feel right". */
  fallback: FallbackMemory;
  /** The first-use line ("Stop if you feel dizzy…") has been shown with a paced breath. */
  breathIntroShown: boolean;
}

/** A fresh session on `today`. */
export function initialSessionState(today: LocalDay): BreakSessionState {
  return { today, history: {}, fallback: initialFallbackMemory, breathIntroShown: false };
}

/** The state moved on to `today` (gentle mode lapses by itself when the day changes). */
export function onDay(state: BreakSessionState, today: LocalDay): BreakSessionState {
  return state.today === today ? state : { ...state, today };
}

/** Whether gentle mode is on for the state's day. */
export function gentleToday(state: BreakSessionState): boolean {
  return isGentleMode(state.fallback, state.today);
}
