/**
 * The gentle history's vocabulary (issue #19): one record per break or grounding exercise that ended,
 * and, only when the user turns it on, a note of each "Not now" and "Skip". The kinds are the prompt
 * views' own names (breath, tea, kind, care, grounding; a practice counts as the Kind words it came
 * from), and how a break ended and the offer answers are the engine's, so one concept has one name from
 * the engine through the file to the settings window.
 */
import type { PromptView } from '../break-session/break-view-schema.ts';
import type { BreakEnded, OfferAnswer } from '../engine/engine-types.ts';

export type { BreakEnded, OfferAnswer };

/** What a break was, by the prompt the user was in when it ended (care: gentle mode's small actions). */
export const historyKinds = ['breath', 'tea', 'kind', 'care', 'grounding'] as const;
export type HistoryKind = (typeof historyKinds)[number];

/** True when `name` (a view's name, say) is one of the history's kinds. */
export function isHistoryKind(name: string): name is HistoryKind {
  return (historyKinds as readonly string[]).includes(name);
}

/** How a break ended (engine-types.ts BreakEnded), as runtime data. */
export const breakEndings = ['finished', 'closed-early'] as const satisfies readonly BreakEnded[];
/** The offer answers (engine-types.ts OfferAnswer), as runtime data. */
export const offerAnswers = ['not-now', 'skip'] as const satisfies readonly OfferAnswer[];

/**
 * The history kind of a prompt view's name: its own, except a practice (issue #21), which counts as the
 * Kind words it was opened from; null for a name that is not a prompt's.
 */
export function historyKindOfView(name: string): HistoryKind | null {
  if (name === 'practice') return 'kind';
  return isHistoryKind(name) ? name : null;
}

// Type-checking fails here if the history's kinds and the prompt views' names drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AssertTrue<T extends true> = T;
export type HistoryKindsAreViewNames = AssertTrue<Same<HistoryKind, Exclude<PromptView['view'], 'practice'>>>;
export type BreakEndingsComplete = AssertTrue<Same<(typeof breakEndings)[number], BreakEnded>>;
export type OfferAnswersComplete = AssertTrue<Same<(typeof offerAnswers)[number], OfferAnswer>>;

/** One break that ended. Times are epoch ms in whole seconds (the file keeps seconds). */
export interface BreakRecord {
  readonly startedAt: number;
  readonly endedAt: number;
  readonly kind: HistoryKind;
  readonly ended: BreakEnded;
}

/** One "Not now" or "Skip" (kept only while the user has "show skips" on). */
export interface AnswerRecord {
  readonly at: number;
  readonly answer: OfferAnswer;
}

/** Everything the history holds, oldest first. */
export interface History {
  readonly breaks: readonly BreakRecord[];
  readonly answers: readonly AnswerRecord[];
}

/** The history with nothing in it. */
export const emptyHistory: History = { breaks: [], answers: [] };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The rolling window: a year and a day, so this day last year is still there for a year-long view. */
export const HISTORY_WINDOW_MS = 366 * DAY_MS;
/** A hard cap on breaks kept (about 27 a day for a year), whatever the clock says. */
export const MAX_BREAKS = 10_000;
/** A hard cap on answers kept. */
export const MAX_ANSWERS = 10_000;
/** The longest break the history believes: a day (Tend lets a forgotten prompt go after 30 minutes). */
export const MAX_BREAK_SECONDS = 24 * 60 * 60;
/** Records before 2020 or after 2200 come from a broken clock or a damaged file. */
export const EARLIEST_MS = Date.UTC(2020, 0, 1);
export const LATEST_MS = Date.UTC(2200, 0, 1);

/** How long a break lasted, in whole seconds. */
export function secondsOf(record: BreakRecord): number {
  return Math.round((record.endedAt - record.startedAt) / 1000);
}
