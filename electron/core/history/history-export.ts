/**
 * The user's own copy of their history (issue #19): CSV with a header (RFC 4180, csv.ts) for
 * spreadsheets, or JSON. Times are written in the user's local time with its UTC offset
 * (2026-03-02T10:46:00+01:00), so they read naturally and still name one instant. CSV holds the breaks;
 * JSON holds the breaks and, when any were kept, the "Not now" and "Skip" answers.
 */
import type { LocalTime } from '../engine/local-time.ts';
import { toCsv } from './csv.ts';
import type { HistoryExport, HistoryExportFormat } from './history-schema.ts';
import { secondsOf, type History } from './history-types.ts';
import { HISTORY_VERSION } from './history-file.ts';

/** The CSV header, in order. */
export const csvColumns = ['started_at', 'ended_at', 'kind', 'seconds', 'how_it_ended'] as const;

const pad = (n: number): string => String(n).padStart(2, '0');

/** An instant as local ISO 8601 with its offset, to the second. */
export function localIso(at: number, localTime: Pick<LocalTime, 'offsetMs'>): string {
  const offsetMin = Math.round(localTime.offsetMs(at) / 60_000);
  const wall = new Date(at + offsetMin * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offsetMin);
  return `${wall}${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The breaks as CSV: a header and one row each, oldest first. */
export function historyCsv(history: History, localTime: Pick<LocalTime, 'offsetMs'>): string {
  const rows = history.breaks.map((b) => [
    localIso(b.startedAt, localTime),
    localIso(b.endedAt, localTime),
    b.kind,
    String(secondsOf(b)),
    b.ended,
  ]);
  return toCsv([csvColumns, ...rows]);
}

/** The history as JSON (the breaks, and the answers when there are any). */
export function historyJson(history: History, localTime: Pick<LocalTime, 'offsetMs'>, now: number): string {
  const breaks = history.breaks.map((b) => ({
    startedAt: localIso(b.startedAt, localTime),
    endedAt: localIso(b.endedAt, localTime),
    kind: b.kind,
    seconds: secondsOf(b),
    ended: b.ended,
  }));
  const answers = history.answers.map((a) => ({ at: localIso(a.at, localTime), answer: a.answer }));
  const body = { app: 'Tend', content: 'pauses', version: HISTORY_VERSION, exportedAt: localIso(now, localTime), breaks, ...(answers.length > 0 ? { answers } : {}) };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** history:export's answer: the text in `format`, named for today's local date. */
export function exportHistory(
  history: History,
  format: HistoryExportFormat,
  localTime: Pick<LocalTime, 'offsetMs' | 'localDateKey'>,
  now: number,
): HistoryExport {
  const filename = `tend-pauses-${localTime.localDateKey(now)}.${format}`;
  return format === 'csv'
    ? { format, filename, mimeType: 'text/csv', text: historyCsv(history, localTime) }
    : { format, filename, mimeType: 'application/json', text: historyJson(history, localTime, now) };
}
