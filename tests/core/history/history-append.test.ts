/**
 * The history stays bounded (issue #19): after two simulated years of breaks, however many a day and
 * whatever the clock does, it holds no more than the rolling year and never more than the cap, in time
 * order, and the file stays small.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendAnswer, appendBreak, tidyBreak } from '../../../electron/core/history/history-append.ts';
import { historyFileText } from '../../../electron/core/history/history-file.ts';
import {
  emptyHistory,
  HISTORY_WINDOW_MS,
  historyKinds,
  MAX_BREAKS,
  MAX_BREAK_SECONDS,
  type BreakRecord,
  type History,
} from '../../../electron/core/history/history-types.ts';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const START = Date.UTC(2025, 0, 6, 9);

/** One simulated day's breaks: `count` of them from 09:00, `gapMin` apart. */
function day(d: number, count: number, gapMin: number, kindAt: (i: number) => number, seconds: number): BreakRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const startedAt = START + d * DAY + i * gapMin * MIN;
    return { startedAt, endedAt: startedAt + seconds * 1000, kind: historyKinds[kindAt(i) % historyKinds.length] ?? 'breath', ended: 'finished' };
  });
}

function isSorted(history: History): boolean {
  return history.breaks.every((b, i) => i === 0 || (history.breaks[i - 1]?.startedAt ?? 0) <= b.startedAt);
}

describe('appending to the history', () => {
  it('keeps two simulated years bounded: only the rolling year, in order, under the cap and a small file', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 1800 })), {
          minLength: 730,
          maxLength: 730,
        }),
        fc.nat(),
        (days, seed) => {
          let history = emptyHistory;
          let last = 0;
          days.forEach(([count, gap, seconds], d) => {
            for (const record of day(d, count, gap, (i) => i + seed, seconds)) {
              history = appendBreak(history, record);
              last = record.endedAt;
            }
            // A "Not now" most days, as if "show skips" were on.
            if (count % 3 === 0) history = appendAnswer(history, { at: START + d * DAY + 12 * 60 * MIN, answer: 'not-now' });
          });
          expect(history.breaks.length).toBeLessThanOrEqual(MAX_BREAKS);
          expect(history.breaks.every((b) => b.startedAt >= last - HISTORY_WINDOW_MS)).toBe(true);
          expect(history.answers.every((a) => a.at >= last - HISTORY_WINDOW_MS)).toBe(true);
          expect(isSorted(history)).toBe(true);
          // 10,000 short rows and a year of answers: well under half a megabyte.
          expect(historyFileText(history).length).toBeLessThan(500_000);
        },
      ),
      { numRuns: 4, endOnFailure: true },
    );
  });

  it('holds at most the cap even when far more breaks than that fall inside one year', () => {
    let history = emptyHistory;
    for (let d = 0; d < 365; d++) for (const r of day(d, 40, 1, (i) => i, 30)) history = appendBreak(history, r);
    expect(history.breaks).toHaveLength(MAX_BREAKS);
    // The newest are the ones kept.
    expect(history.breaks.at(-1)?.startedAt).toBe(START + 364 * DAY + 39 * MIN);
  });

  it('drops what started more than a year and a day before the newest break ended', () => {
    const first: BreakRecord = { startedAt: START, endedAt: START + 60_000, kind: 'breath', ended: 'finished' };
    // Ends exactly a year and a day after the first began: the first is still inside the window.
    const yearOn: BreakRecord = { startedAt: START + HISTORY_WINDOW_MS - 60_000, endedAt: START + HISTORY_WINDOW_MS, kind: 'tea', ended: 'finished' };
    const justAfter: BreakRecord = { startedAt: START + HISTORY_WINDOW_MS, endedAt: START + HISTORY_WINDOW_MS + 1000, kind: 'kind', ended: 'finished' };
    const kept = appendBreak(appendBreak(emptyHistory, first), yearOn);
    expect(kept.breaks).toEqual([first, yearOn]);
    expect(appendBreak(kept, justAfter).breaks).toEqual([yearOn, justAfter]);
  });

  it('keeps time order when the clock was set back, and whole seconds of a sane length', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -3 * DAY, max: 3 * DAY }), fc.integer({ min: -5000, max: 200_000_000 })), { maxLength: 60 }), (entries) => {
        let history = emptyHistory;
        for (const [offset, length] of entries) {
          history = appendBreak(history, { startedAt: START + offset + 0.4, endedAt: START + offset + length, kind: 'tea', ended: 'closed-early' });
        }
        expect(isSorted(history)).toBe(true);
        for (const b of history.breaks) {
          expect(b.startedAt % 1000).toBe(0);
          expect(b.endedAt - b.startedAt).toBeGreaterThanOrEqual(0);
          expect(b.endedAt - b.startedAt).toBeLessThanOrEqual(MAX_BREAK_SECONDS * 1000);
        }
      }),
    );
  });

  it('keeps nothing from a broken clock (before 2020, NaN)', () => {
    expect(tidyBreak({ startedAt: 0, endedAt: 60_000, kind: 'breath', ended: 'finished' })).toBeNull();
    expect(appendBreak(emptyHistory, { startedAt: Number.NaN, endedAt: 1, kind: 'breath', ended: 'finished' })).toBe(emptyHistory);
    expect(appendAnswer(emptyHistory, { at: -1, answer: 'skip' })).toBe(emptyHistory);
  });
});
