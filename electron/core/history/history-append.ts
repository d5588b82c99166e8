/**
 * Adding to the history, bounded (issue #19): each append drops what is older than the rolling window
 * (a year and a day before the new entry) and keeps at most a hard cap of entries, so the file stays
 * the same size year after year whatever the clock or the user does. Pure: the time is the entry's own.
 */
import {
  EARLIEST_MS,
  HISTORY_WINDOW_MS,
  LATEST_MS,
  MAX_ANSWERS,
  MAX_BREAK_SECONDS,
  MAX_BREAKS,
  type AnswerRecord,
  type BreakRecord,
  type History,
} from './history-types.ts';

const toSecond = (ms: number): number => Math.round(ms / 1000) * 1000;

/** True when `at` is an instant the history can keep (a sane clock, a whole number). */
function plausible(at: number): boolean {
  return Number.isFinite(at) && at >= EARLIEST_MS && at < LATEST_MS;
}

/** The record in whole seconds, its length between 0 and MAX_BREAK_SECONDS; null if its time is not plausible. */
export function tidyBreak(record: BreakRecord): BreakRecord | null {
  if (!plausible(record.startedAt) || !Number.isFinite(record.endedAt)) return null;
  const startedAt = toSecond(record.startedAt);
  const length = Math.min(Math.max(0, toSecond(record.endedAt) - startedAt), MAX_BREAK_SECONDS * 1000);
  return { startedAt, endedAt: startedAt + length, kind: record.kind, ended: record.ended };
}

/** `list` (in time order) without its entries before `since`: a prefix, so nothing else is looked at. */
function since<T>(list: readonly T[], timeOf: (t: T) => number, from: number): readonly T[] {
  let drop = 0;
  while (drop < list.length && timeOf(list[drop] as T) < from) drop++;
  return drop === 0 ? list : list.slice(drop);
}

/** `list` with `item` in time order (usually simply at the end), then bounded by `from` and `cap`. */
function insertBounded<T>(list: readonly T[], item: T, timeOf: (t: T) => number, from: number, cap: number): T[] {
  const kept = [...since(list, timeOf, from)];
  let at = kept.length;
  // A clock set back puts the new entry before some others: keep the list in time order.
  while (at > 0 && timeOf(kept[at - 1] as T) > timeOf(item)) at--;
  kept.splice(at, 0, item);
  return kept.length > cap ? kept.slice(kept.length - cap) : kept;
}

/** The history with `record` added (whole seconds), older entries dropped by the window and the cap. */
export function appendBreak(history: History, record: BreakRecord): History {
  const tidy = tidyBreak(record);
  if (!tidy) return history;
  const from = tidy.endedAt - HISTORY_WINDOW_MS;
  return {
    breaks: insertBounded(history.breaks, tidy, (b) => b.startedAt, from, MAX_BREAKS),
    answers: since(history.answers, (a) => a.at, from),
  };
}

/** The history with an offer answer added, older entries dropped by the window and the cap. */
export function appendAnswer(history: History, record: AnswerRecord): History {
  if (!plausible(record.at)) return history;
  const tidy: AnswerRecord = { at: toSecond(record.at), answer: record.answer };
  const from = tidy.at - HISTORY_WINDOW_MS;
  return {
    breaks: since(history.breaks, (b) => b.startedAt, from),
    answers: insertBounded(history.answers, tidy, (a) => a.at, from, MAX_ANSWERS),
  };
}
