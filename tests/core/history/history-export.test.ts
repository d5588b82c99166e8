/**
 * The user's own copy (issue #19): CSV with a header, quoted as RFC 4180 says, and JSON, both read back
 * to the same history in any time zone; times are written in local time with their offset.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import { csvField, parseCsv, toCsv } from '../../../electron/core/history/csv.ts';
import { exportHistory, historyCsv, historyJson, localIso } from '../../../electron/core/history/history-export.ts';
import { parseHistoryCsv, parseHistoryJson } from '../../../electron/core/history/history-import.ts';
import { historyExportSchema } from '../../../electron/core/history/history-schema.ts';
import { sortedAnswers, sortedBreaks } from './history-arbitraries.ts';

const zones = ['UTC', 'Europe/London', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/Los_Angeles'];
const NOW = Date.UTC(2026, 2, 4, 12);

describe('exporting the history', () => {
  it('round-trips through JSON: parsing the export gives back the same breaks and answers', () => {
    fc.assert(
      fc.property(sortedBreaks(80), sortedAnswers(20), fc.constantFrom(...zones), (breaks, answers, zone) => {
        const text = historyJson({ breaks, answers }, createLocalTime(zone), NOW);
        expect(parseHistoryJson(text)).toEqual({ breaks, answers });
      }),
    );
  });

  it('round-trips through CSV: parsing the export gives back the same breaks', () => {
    fc.assert(
      fc.property(sortedBreaks(80), fc.constantFrom(...zones), (breaks, zone) => {
        const text = historyCsv({ breaks, answers: [] }, createLocalTime(zone));
        expect(parseHistoryCsv(text)).toEqual({ breaks, answers: [] });
      }),
    );
  });

  it('writes CSV with a header, CRLF line ends and local times with their offset', () => {
    const start = Date.parse('2026-07-01T09:46:00Z');
    const text = historyCsv({ breaks: [{ startedAt: start, endedAt: start + 62_000, kind: 'breath', ended: 'finished' }], answers: [] }, createLocalTime('Europe/London'));
    expect(text).toBe('started_at,ended_at,kind,seconds,how_it_ended\r\n2026-07-01T10:46:00+01:00,2026-07-01T10:47:02+01:00,breath,62,finished\r\n');
    expect(localIso(start, createLocalTime('America/St_Johns'))).toBe('2026-07-01T07:16:00-02:30');
    expect(localIso(start, createLocalTime('UTC'))).toBe('2026-07-01T09:46:00+00:00');
  });

  it('names the file for today and fits the contract, with or without breaks', () => {
    const lt = createLocalTime('Pacific/Auckland');
    const empty = exportHistory({ breaks: [], answers: [] }, 'csv', lt, NOW);
    expect(historyExportSchema.parse(empty)).toEqual({ format: 'csv', filename: 'tend-pauses-2026-03-05.csv', mimeType: 'text/csv', text: 'started_at,ended_at,kind,seconds,how_it_ended\r\n' });
    const json = exportHistory({ breaks: [], answers: [] }, 'json', lt, NOW);
    expect(historyExportSchema.parse(json)).toMatchObject({ filename: 'tend-pauses-2026-03-05.json', mimeType: 'application/json' });
    expect(JSON.parse(json.text)).toMatchObject({ app: 'Tend', content: 'pauses', version: 1, breaks: [] });
  });

  it('refuses text that is not an export of pauses', () => {
    expect(() => parseHistoryCsv('a,b\r\n1,2\r\n')).toThrow(SyntaxError);
    expect(() => parseHistoryCsv('started_at,ended_at,kind,seconds,how_it_ended\r\nyesterday,today,nap,1,finished\r\n')).toThrow(SyntaxError);
    expect(() => parseHistoryJson('{"app":"Other","breaks":[]}')).toThrow(SyntaxError);
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('')).toBe('');
  });

  it('reads back any rows it wrote', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\r', '\n', ' ', '🙂') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { maxLength: 10 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows);
      }),
    );
  });

  it('reads a last line without a line break, and LF-only files, and refuses a quote that never closes', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(() => parseCsv('"open,field\r\n')).toThrow(SyntaxError);
    expect(() => parseCsv('"closed"x,1\r\n')).toThrow(SyntaxError);
  });
});
