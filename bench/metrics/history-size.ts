/**
 * The gentle history's size on disk (issue #19): a simulated year of realistic breaks (the core's
 * sample-history.ts, also the preview's, built with the real bounded append: 3–8 breaks a workday, a few at weekends), with the
 * file rewritten atomically after each break as main does. bytesPerBreak is what one break costs the
 * disk on average over that year (the whole file each time); fileBytesAfterYear is the file at the end.
 * The rolling window keeps the second flat from then on; the hard cap bounds both whatever the clock does.
 */
import { createLocalTime } from '../../electron/core/engine/local-time.ts';
import { historyFileText } from '../../electron/core/history/history-file.ts';
import { MAX_BREAKS, type BreakRecord, type History } from '../../electron/core/history/history-types.ts';
import { sampleHistory } from '../../electron/core/history/sample-history.ts';
import type { MetricSource } from '../metric.ts';

const bytesOf = (history: History): number => Buffer.byteLength(historyFileText(history), 'utf8');

export const historySize: MetricSource = {
  title: 'Gentle history size',
  measure() {
    let breaks = 0;
    let written = 0;
    const year = sampleHistory({
      now: Date.UTC(2026, 11, 31, 18),
      days: 365,
      localTime: createLocalTime('Europe/London'),
      onAppend: (history) => {
        breaks++;
        written += bytesOf(history);
      },
    });
    // The most the file can ever hold: the cap, every break a long one.
    const longest: BreakRecord = { startedAt: Date.UTC(2026, 0, 1), endedAt: Date.UTC(2026, 0, 1, 23), kind: 'grounding', ended: 'closed-early' };
    const full = bytesOf({ breaks: Array.from({ length: MAX_BREAKS }, () => longest), answers: [] });
    return Promise.resolve([
      {
        name: 'history.bytesPerBreak',
        value: Math.round(written / Math.max(1, breaks)),
        unit: 'B',
        budget: 40_000,
        note: `average over a simulated year of ${String(breaks)} breaks; the whole file is rewritten atomically`,
      },
      {
        name: 'history.fileBytesAfterYear',
        value: bytesOf(year),
        unit: 'B',
        budget: 80_000,
        note: `history.json after that year; at most ${String(Math.round(full / 1024))} kB at the ${String(MAX_BREAKS)}-break cap`,
      },
    ]);
  },
};
