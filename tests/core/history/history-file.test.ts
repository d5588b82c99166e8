/**
 * history.json (issue #19): a versioned file of short rows that reads back exactly, and whose damage
 * costs as little as possible: every whole row is kept from a cut-short file, a flipped byte, a wrong
 * version or a stray value, and nothing that arrives in the file ever throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyFileSchema, historyFileText, loadHistory } from '../../../electron/core/history/history-file.ts';
import type { History } from '../../../electron/core/history/history-types.ts';
import { hostileValue } from '../../support/settings-arbitrary.ts';
import { sortedAnswers, sortedBreaks } from './history-arbitraries.ts';

const sample: History = {
  breaks: [
    { startedAt: Date.UTC(2026, 2, 2, 9, 46), endedAt: Date.UTC(2026, 2, 2, 9, 47, 2), kind: 'breath', ended: 'finished' },
    { startedAt: Date.UTC(2026, 2, 2, 11), endedAt: Date.UTC(2026, 2, 2, 11, 4), kind: 'tea', ended: 'closed-early' },
    { startedAt: Date.UTC(2026, 2, 3, 10), endedAt: Date.UTC(2026, 2, 3, 10, 1), kind: 'grounding', ended: 'finished' },
  ],
  answers: [{ at: Date.UTC(2026, 2, 2, 10), answer: 'not-now' }],
};

describe('the history file', () => {
  it('is a small versioned file, one row per line, that reads back exactly', () => {
    const text = historyFileText(sample);
    expect(text).toBe(
      '{\n  "version": 1,\n  "breaks": [\n    [1772444760,62,"breath","finished"],\n    [1772449200,240,"tea","closed-early"],\n' +
        '    [1772532000,60,"grounding","finished"]\n  ],\n  "answers": [\n    [1772445600,"not-now"]\n  ]\n}\n',
    );
    expect(historyFileSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(loadHistory(text)).toEqual({ history: sample, outcome: 'loaded' });
    expect(loadHistory(null)).toEqual({ history: { breaks: [], answers: [] }, outcome: 'fresh' });
  });

  it('reads back any history it wrote', () => {
    fc.assert(
      fc.property(sortedBreaks(60), sortedAnswers(20), (breaks, answers) => {
        expect(loadHistory(historyFileText({ breaks, answers }))).toEqual({ history: { breaks, answers }, outcome: 'loaded' });
      }),
    );
  });

  it('keeps every whole row of a file that was cut short', () => {
    const text = historyFileText(sample);
    const cut = text.slice(0, text.indexOf('[1772532000') + 5);
    expect(loadHistory(cut)).toEqual({ history: { breaks: sample.breaks.slice(0, 2), answers: [] }, outcome: 'repaired' });
  });

  it('keeps the good rows beside a bad one, and the rows of another version', () => {
    const oneBad = historyFileText(sample).replace('"tea"', '"nap"');
    expect(loadHistory(oneBad)).toEqual({ history: { breaks: [sample.breaks[0], sample.breaks[2]], answers: sample.answers }, outcome: 'repaired' });
    const newer = historyFileText(sample).replace('"version": 1', '"version": 2');
    expect(loadHistory(newer)).toEqual({ history: sample, outcome: 'repaired' });
    const extra = JSON.stringify({ ...JSON.parse(historyFileText(sample)), note: 'mine' });
    expect(loadHistory(extra)).toEqual({ history: sample, outcome: 'repaired' });
  });

  it('calls a file with nothing usable corrupt, and rows out of order are put back in order', () => {
    expect(loadHistory('not json at all').outcome).toBe('corrupt');
    expect(loadHistory('{"version":1}').outcome).toBe('corrupt');
    expect(loadHistory('[]').outcome).toBe('corrupt');
    const reversed = JSON.stringify({ version: 1, breaks: (JSON.parse(historyFileText(sample)) as { breaks: unknown[] }).breaks.reverse(), answers: [] });
    expect(loadHistory(reversed).history.breaks).toEqual(sample.breaks);
  });

  it('never throws, whatever the file holds, and what it keeps is always a valid history', () => {
    const text = fc.oneof(
      hostileValue.map((v) => JSON.stringify(v) as string | undefined).map((s) => s ?? 'undefined'),
      fc.string(),
      fc.tuple(fc.integer({ min: 0, max: 400 }), fc.string({ maxLength: 3 })).map(([cut, junk]) => historyFileText(sample).slice(0, cut) + junk),
      fc.jsonValue().map((v) => JSON.stringify({ version: 1, breaks: [v, [1772444760, 62, 'breath', 'finished']], answers: v })),
    );
    fc.assert(
      fc.property(text, (t) => {
        const loaded = loadHistory(t);
        expect(['loaded', 'repaired', 'corrupt']).toContain(loaded.outcome);
        expect(loadHistory(historyFileText(loaded.history)).history).toEqual(loaded.history);
      }),
    );
  });
});
