/**
 * "Your pauses" data (issue #19): breaks by local day and by kind for this week and the last weeks, and
 * minutes of care today, in the user's own calendar, across DST changes and in any time zone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import { careMinutes, summariseHistory, type SummaryOptions } from '../../../electron/core/history/history-summary.ts';
import { historyKinds, type BreakRecord, type History, type HistoryKind } from '../../../electron/core/history/history-types.ts';
import { sortedAnswers, sortedBreaks } from './history-arbitraries.ts';

const at = (iso: string): number => Date.parse(iso);
const brk = (start: string, seconds: number, kind: HistoryKind = 'breath'): BreakRecord => ({
  startedAt: at(start),
  endedAt: at(start) + seconds * 1000,
  kind,
  ended: 'finished',
});
const of = (...breaks: BreakRecord[]): History => ({ breaks, answers: [] });
const options = (zone: string, now: string, more: Partial<SummaryOptions> = {}): SummaryOptions => ({
  now: at(now),
  localTime: createLocalTime(zone),
  keep: true,
  showSkips: false,
  ...more,
});
/** Breaks per local date across every week of a summary, leaving out empty days. */
const perDay = (summary: ReturnType<typeof summariseHistory>): Record<string, number> =>
  Object.fromEntries(summary.weeks.flatMap((w) => w.days).filter((d) => d.breaks > 0).map((d) => [d.date, d.breaks]));

describe('summarising the history', () => {
  it('counts this week by day and kind, weeks starting on Monday, and minutes of care today', () => {
    const history = of(
      brk('2026-03-02T09:46:00Z', 62),
      brk('2026-03-02T11:00:00Z', 300, 'tea'),
      brk('2026-03-04T10:00:00Z', 75, 'kind'),
      brk('2026-03-04T15:00:00Z', 140, 'grounding'),
      brk('2026-03-04T16:00:00Z', 50, 'care'),
    );
    const summary = summariseHistory(history, options('UTC', '2026-03-04T17:00:00Z', { weeks: 1 }));
    expect(summary.weeks).toHaveLength(1);
    const week = summary.weeks[0]!;
    expect(week.start).toBe('2026-03-02');
    expect(week.days.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(week.days.map((d) => d.breaks)).toEqual([2, 0, 3, 0, 0, 0, 0]);
    expect(week.byKind).toEqual({ breath: 1, tea: 1, kind: 1, care: 1, grounding: 1 });
    expect(week.seconds).toBe(62 + 300 + 75 + 140 + 50);
    expect(summary.today).toEqual({ date: '2026-03-04', breaks: 3, seconds: 265, minutes: 4 });
    expect(summary.total).toBe(5);
    expect(summary.since).toBe('2026-03-02');
    expect(summary.weeks[0]?.days[2]).not.toHaveProperty('answers');
  });

  it('gives the last weeks oldest first, this week last, with empty days and weeks present', () => {
    const summary = summariseHistory(of(brk('2026-02-10T09:00:00Z', 60)), options('UTC', '2026-03-04T12:00:00Z'));
    expect(summary.weeks.map((w) => w.start)).toEqual([
      '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02',
    ]);
    expect(summary.weeks.map((w) => w.breaks)).toEqual([0, 0, 0, 0, 1, 0, 0, 0]);
    expect(summary.today).toEqual({ date: '2026-03-04', breaks: 0, seconds: 0, minutes: 0 });
  });

  it('puts breaks on the right local day across spring-forward and fall-back (London)', () => {
    const history = of(
      brk('2025-03-29T23:30:00Z', 60), // Saturday 23:30 GMT
      brk('2025-03-30T00:30:00Z', 60), // Sunday 00:30 GMT, just before the clocks go forward
      brk('2025-03-30T22:30:00Z', 60), // Sunday 23:30 BST
      brk('2025-03-30T23:30:00Z', 60), // Monday 00:30 BST: the next week
    );
    const spring = summariseHistory(history, options('Europe/London', '2025-03-31T12:00:00Z', { weeks: 2 }));
    expect(perDay(spring)).toEqual({ '2025-03-29': 1, '2025-03-30': 2, '2025-03-31': 1 });
    expect(spring.weeks.map((w) => w.breaks)).toEqual([3, 1]);
    // The fall-back night has two 01:30s; both are on Sunday 26 October.
    const autumn = of(brk('2025-10-26T00:30:00Z', 60), brk('2025-10-26T01:30:00Z', 60), brk('2025-10-27T00:30:00Z', 60));
    expect(perDay(summariseHistory(autumn, options('Europe/London', '2025-10-27T12:00:00Z', { weeks: 2 })))).toEqual({ '2025-10-26': 2, '2025-10-27': 1 });
  });

  it('reads the same instants in the user\'s own zone: Auckland, Los Angeles and UTC see different days', () => {
    const history = of(brk('2026-03-01T23:30:00Z', 60), brk('2026-03-02T10:00:00Z', 60));
    const now = '2026-03-02T20:00:00Z';
    expect(perDay(summariseHistory(history, options('UTC', now)))).toEqual({ '2026-03-01': 1, '2026-03-02': 1 });
    // UTC+13 (NZ summer time): Monday 12:30 and Monday 23:00.
    expect(perDay(summariseHistory(history, options('Pacific/Auckland', now)))).toEqual({ '2026-03-02': 2 });
    // UTC−8: Sunday 15:30 and Monday 02:00.
    expect(perDay(summariseHistory(history, options('America/Los_Angeles', now)))).toEqual({ '2026-03-01': 1, '2026-03-02': 1 });
    // In Auckland it is already Tuesday 3 March: a new day, nothing yet today, the same week.
    const auckland = summariseHistory(history, options('Pacific/Auckland', now, { weeks: 1 }));
    expect(auckland.today).toMatchObject({ date: '2026-03-03', breaks: 0 });
    expect(auckland.weeks[0]?.start).toBe('2026-03-02');
  });

  it('counts "Not now" and "Skip" per day only when the user asked to see them', () => {
    const history: History = {
      breaks: [],
      answers: [
        { at: at('2026-03-02T10:00:00Z'), answer: 'not-now' },
        { at: at('2026-03-02T11:00:00Z'), answer: 'not-now' },
        { at: at('2026-03-03T10:00:00Z'), answer: 'skip' },
      ],
    };
    const shown = summariseHistory(history, options('UTC', '2026-03-04T12:00:00Z', { weeks: 1, showSkips: true }));
    expect(shown.weeks[0]?.days.slice(0, 3).map((d) => d.answers)).toEqual([
      { 'not-now': 2, skip: 0 },
      { 'not-now': 0, skip: 1 },
      { 'not-now': 0, skip: 0 },
    ]);
    const hidden = summariseHistory(history, options('UTC', '2026-03-04T12:00:00Z', { weeks: 1 }));
    expect(hidden.weeks[0]?.days.every((d) => !('answers' in d))).toBe(true);
    expect(JSON.stringify(hidden)).not.toMatch(/not-now|skip/);
  });

  it('adds up: every week is seven consecutive days, and days, kinds and weeks agree with the breaks in range', () => {
    const zones = ['UTC', 'Europe/London', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(sortedBreaks(120), sortedAnswers(30), fc.constantFrom(...zones), fc.integer({ min: 1, max: 53 }), fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2031, 0, 1) }), fc.integer({ min: 0, max: 6 }), (breaks, answers, zone, weeks, now, weekStartsOn) => {
        const localTime = createLocalTime(zone);
        const summary = summariseHistory({ breaks, answers }, { now, localTime, weeks, keep: true, showSkips: true, weekStartsOn: weekStartsOn as 0 });
        expect(summary.weeks).toHaveLength(weeks);
        const days = summary.weeks.flatMap((w) => w.days);
        days.forEach((d, i) => {
          if (i > 0) expect(Date.parse(d.date) - Date.parse(days[i - 1]!.date)).toBe(86_400_000);
          expect(new Date(d.date).getUTCDay()).toBe(d.weekday);
          expect(historyKinds.reduce((n, k) => n + d.byKind[k], 0)).toBe(d.breaks);
        });
        expect(days[0]?.weekday).toBe(weekStartsOn);
        const dates = new Set(days.map((d) => d.date));
        const inRange = breaks.filter((b) => dates.has(localTime.localDateKey(b.startedAt)));
        expect(days.reduce((n, d) => n + d.breaks, 0)).toBe(inRange.length);
        expect(summary.weeks.reduce((n, w) => n + w.breaks, 0)).toBe(inRange.length);
        const answersInRange = answers.filter((a) => dates.has(localTime.localDateKey(a.at))).length;
        expect(days.reduce((n, d) => n + (d.answers?.['not-now'] ?? 0) + (d.answers?.skip ?? 0), 0)).toBe(answersInRange);
        expect(dates.has(summary.today.date)).toBe(true);
        expect(summary.today.date).toBe(localTime.localDateKey(now));
      }),
      { numRuns: 150 },
    );
  });

  it('rounds minutes of care kindly: any care at all is at least a minute', () => {
    expect([0, 1, 29, 30, 89, 90, 3600].map(careMinutes)).toEqual([0, 1, 1, 1, 1, 2, 60]);
  });
});
