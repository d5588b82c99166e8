/**
 * The words of "Your pauses" (issue #19), worked out from the summary: plain totals, a kind line when
 * there is nothing yet, and dates in the user's own style. Nothing here compares one week with another.
 */
import type { HistoryKind } from '../../../electron/core/history/history-types.ts';
import { formattingLocale, t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';
import type { HistorySummary, HistoryWeek } from '../../../electron/core/ipc-contract.ts';

/** Each kind's name, in the order the chart stacks them and the table lists them. */
export const kindLabels: Readonly<Record<HistoryKind, PlainMessageKey>> = {
  breath: 'settings-ui.pauses.kind.breath',
  tea: 'settings-ui.pauses.kind.tea',
  kind: 'settings-ui.pauses.kind.kind',
  care: 'settings-ui.pauses.kind.care',
  grounding: 'settings-ui.pauses.kind.grounding',
};

/** The week in the summary that holds today (the last one). */
export function thisWeek(summary: HistorySummary): HistoryWeek {
  return summary.weeks[summary.weeks.length - 1] as HistoryWeek;
}

/** "You took 9 small pauses this week.", or a gentle line when there are none. */
export function weekSentence(summary: HistorySummary): string {
  const count = thisWeek(summary).breaks;
  if (count > 0) return t('settings-ui.pauses.week', { count });
  return summary.keep ? t('settings-ui.pauses.week.none') : t('settings-ui.pauses.week.not-keeping');
}

/** Today's pauses and minutes of care ("Today: 3 pauses, 7 minutes of care."). */
export function todayLine(summary: HistorySummary): string {
  const { breaks, minutes } = summary.today;
  if (breaks === 0) return t('settings-ui.pauses.today.none');
  return t('settings-ui.pauses.today', {
    pauses: t('settings-ui.pauses.pauses', { count: breaks }),
    minutes: t('settings-ui.pauses.minutes', { count: minutes }),
  });
}

/** This week's "Not now" and "Skip" answers, or null while the user has not asked to see them. */
export function answersLine(summary: HistorySummary): string | null {
  if (!summary.showSkips) return null;
  let notNow = 0;
  let skip = 0;
  for (const day of thisWeek(summary).days) {
    notNow += day.answers?.['not-now'] ?? 0;
    skip += day.answers?.skip ?? 0;
  }
  return t('settings-ui.pauses.answers', { notNow, skip });
}

// Date keys name local calendar days; read at noon UTC and written in UTC, they never shift a day.
const dayOf = (key: string): Date => new Date(`${key}T12:00:00Z`);

/** A day's short name under its bar ("Mon"). */
export function shortDay(key: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale ?? formattingLocale(), { timeZone: 'UTC', weekday: 'short' }).format(dayOf(key));
}

/** A day in full for the table ("Monday 10 March", as the locale writes it). */
export function longDay(key: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale ?? formattingLocale(), {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(dayOf(key));
}

/** A week's first day, short ("3 Mar"). */
export function shortDate(key: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale ?? formattingLocale(), { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    dayOf(key),
  );
}

/** A day, short, for the table as seen ("Mon 10 Mar"). */
export function shortDayDate(key: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale ?? formattingLocale(), {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(dayOf(key));
}

/** A week's first day in full, as read out ("10 March"). */
export function longDate(key: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale ?? formattingLocale(), { timeZone: 'UTC', day: 'numeric', month: 'long' }).format(
    dayOf(key),
  );
}
