/**
 * The "Your pauses" view's data (issue #19): today's breaks and minutes of care, and the last weeks by
 * day and by kind, in the user's local calendar (LocalTime: DST and time zones included). A break
 * belongs to the local day it started on. "Not now" and "Skip" are counted only when the user has
 * asked to see them. Pure: the time and the local time come in as arguments.
 */
import type { Weekday } from '../engine/engine-settings.ts';
import type { LocalTime } from '../engine/local-time.ts';
import { dateKeyOf, dayNumber, weekdayOf, weekStart } from './calendar-days.ts';
import type { HistoryDay, HistorySummary } from './history-schema.ts';
import { historyKinds, offerAnswers, secondsOf, type History, type HistoryKind, type OfferAnswer } from './history-types.ts';

/** How many weeks the view shows unless it asks otherwise (this week included). */
export const DEFAULT_SUMMARY_WEEKS = 8;

export interface SummaryOptions {
  now: number;
  localTime: Pick<LocalTime, 'localDateKey'>;
  /** Weeks to cover, this one included (1–53). */
  weeks?: number;
  /** The first day of a week (default Monday). */
  weekStartsOn?: Weekday;
  /** The history setting: whether more is written, and whether answers are shown. */
  keep: boolean;
  showSkips: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const zeroKinds = (): Record<HistoryKind, number> => Object.fromEntries(historyKinds.map((k) => [k, 0])) as Record<HistoryKind, number>;
const zeroAnswers = (): Record<OfferAnswer, number> => Object.fromEntries(offerAnswers.map((a) => [a, 0])) as Record<OfferAnswer, number>;

interface DayTally {
  breaks: number;
  seconds: number;
  byKind: Record<HistoryKind, number>;
  answers: Record<OfferAnswer, number>;
}

/** The summary of `history` as of `options.now`. */
export function summariseHistory(history: History, options: SummaryOptions): HistorySummary {
  const weeks = Math.min(53, Math.max(1, Math.trunc(options.weeks ?? DEFAULT_SUMMARY_WEEKS)));
  const dayOf = (at: number): number => dayNumber(options.localTime.localDateKey(at));
  const today = dayOf(options.now);
  const first = weekStart(today, options.weekStartsOn ?? 1) - 7 * (weeks - 1);
  const last = first + 7 * weeks - 1;
  // Only entries near the range need their local day worked out (no zone is more than a day off UTC).
  const from = options.now - (today - first + 2) * DAY_MS;
  const to = options.now + (last - today + 2) * DAY_MS;
  const tallies = new Map<number, DayTally>();
  const tallyOf = (at: number): DayTally | null => {
    if (at < from || at > to) return null;
    const day = dayOf(at);
    if (day < first || day > last) return null;
    let tally = tallies.get(day);
    if (!tally) tallies.set(day, (tally = { breaks: 0, seconds: 0, byKind: zeroKinds(), answers: zeroAnswers() }));
    return tally;
  };
  for (const b of history.breaks) {
    const tally = tallyOf(b.startedAt);
    if (!tally) continue;
    tally.breaks++;
    tally.seconds += secondsOf(b);
    tally.byKind[b.kind]++;
  }
  if (options.showSkips) {
    for (const a of history.answers) {
      const tally = tallyOf(a.at);
      if (tally) tally.answers[a.answer]++;
    }
  }

  const dayOut = (day: number): HistoryDay => {
    const tally = tallies.get(day);
    return {
      date: dateKeyOf(day),
      weekday: weekdayOf(day),
      breaks: tally?.breaks ?? 0,
      seconds: tally?.seconds ?? 0,
      byKind: tally ? { ...tally.byKind } : zeroKinds(),
      ...(options.showSkips ? { answers: tally ? { ...tally.answers } : zeroAnswers() } : {}),
    };
  };
  const weekList = Array.from({ length: weeks }, (_, w) => {
    const days = Array.from({ length: 7 }, (_, d) => dayOut(first + 7 * w + d));
    const byKind = zeroKinds();
    for (const day of days) for (const k of historyKinds) byKind[k] += day.byKind[k];
    return {
      start: dateKeyOf(first + 7 * w),
      breaks: days.reduce((n, d) => n + d.breaks, 0),
      seconds: days.reduce((n, d) => n + d.seconds, 0),
      byKind,
      days,
    };
  });
  const now = dayOut(today);
  const firstBreak = history.breaks[0];
  return {
    keep: options.keep,
    showSkips: options.showSkips,
    today: { date: now.date, breaks: now.breaks, seconds: now.seconds, minutes: careMinutes(now.seconds) },
    weeks: weekList,
    total: history.breaks.length,
    since: firstBreak ? dateKeyOf(dayOf(firstBreak.startedAt)) : null,
  };
}

/** Minutes of care for a number of seconds: to the nearest minute, and any care at all is at least one. */
export function careMinutes(seconds: number): number {
  return seconds <= 0 ? 0 : Math.max(1, Math.round(seconds / 60));
}
