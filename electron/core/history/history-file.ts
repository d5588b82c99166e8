/**
 * history.json, versioned and small: each break is one short row, [start in epoch seconds, length in
 * seconds, kind, how it ended], each answer [epoch seconds, answer], so a year of breaks is a few tens
 * of kB and the whole file can be rewritten atomically after every break. The zod schema is the file's
 * one definition. Reading never throws and keeps what it can from a damaged file: every row that is
 * whole is kept, even from text that is no longer JSON (cut short, say), and the caller keeps a copy of
 * the old file when anything was lost.
 */
import { z } from 'zod';
import {
  breakEndings,
  EARLIEST_MS,
  emptyHistory,
  historyKinds,
  LATEST_MS,
  MAX_ANSWERS,
  MAX_BREAK_SECONDS,
  MAX_BREAKS,
  offerAnswers,
  type AnswerRecord,
  type BreakRecord,
  type History,
} from './history-types.ts';

/** The file's current version; a file of another version is salvaged row by row. */
export const HISTORY_VERSION = 1;

const epochSeconds = z.int().min(EARLIEST_MS / 1000).max(LATEST_MS / 1000);
/** [start (epoch s), length (s), kind, how it ended]. */
export const breakRowSchema = z.tuple([epochSeconds, z.int().min(0).max(MAX_BREAK_SECONDS), z.enum(historyKinds), z.enum(breakEndings)]);
/** [when (epoch s), answer]. */
export const answerRowSchema = z.tuple([epochSeconds, z.enum(offerAnswers)]);

/** The whole file. */
export const historyFileSchema = z.strictObject({
  version: z.literal(HISTORY_VERSION),
  breaks: z.array(breakRowSchema).max(MAX_BREAKS),
  answers: z.array(answerRowSchema).max(MAX_ANSWERS),
});
export type HistoryFile = z.infer<typeof historyFileSchema>;

/**
 * How reading went: fresh (no file), loaded, repaired (some rows kept from a damaged file, or one of
 * another shape or version), corrupt (nothing usable). The last two keep a copy of the old file.
 */
export type HistoryLoadOutcome = 'fresh' | 'loaded' | 'repaired' | 'corrupt';

/** The history read from a file, and how reading went. */
export interface HistoryLoad {
  history: History;
  outcome: HistoryLoadOutcome;
}

const breakOf = ([start, seconds, kind, ended]: z.infer<typeof breakRowSchema>): BreakRecord => ({
  startedAt: start * 1000,
  endedAt: (start + seconds) * 1000,
  kind,
  ended,
});
const answerOf = ([at, answer]: z.infer<typeof answerRowSchema>): AnswerRecord => ({ at: at * 1000, answer });

/** The file's text for `history`: one row per line, so it stays readable and diffs well. */
export function historyFileText(history: History): string {
  const breaks = history.breaks.map((b) =>
    JSON.stringify([Math.round(b.startedAt / 1000), Math.round((b.endedAt - b.startedAt) / 1000), b.kind, b.ended]),
  );
  const answers = history.answers.map((a) => JSON.stringify([Math.round(a.at / 1000), a.answer]));
  const list = (rows: string[]): string => (rows.length === 0 ? '[]' : `[\n    ${rows.join(',\n    ')}\n  ]`);
  return `{\n  "version": ${HISTORY_VERSION},\n  "breaks": ${list(breaks)},\n  "answers": ${list(answers)}\n}\n`;
}

/** The rows of `value` that are whole (nothing when it is not a list). */
function rowsOf<S extends z.ZodType, R>(value: unknown, schema: S, to: (row: z.infer<S>) => R): R[] {
  if (!Array.isArray(value)) return [];
  const rows: R[] = [];
  for (const item of value as unknown[]) {
    const parsed = schema.safeParse(item);
    if (parsed.success) rows.push(to(parsed.data));
  }
  return rows;
}

const breakRowText = new RegExp(`\\[\\s*(\\d{1,12})\\s*,\\s*(\\d{1,6})\\s*,\\s*"(${historyKinds.join('|')})"\\s*,\\s*"(${breakEndings.join('|')})"\\s*\\]`, 'g');
const answerRowText = new RegExp(`\\[\\s*(\\d{1,12})\\s*,\\s*"(${offerAnswers.join('|')})"\\s*\\]`, 'g');

/** Rows found in text that is not JSON any more (cut short, a byte flipped): every whole row is kept. */
function scanRows(text: string): History {
  const breaks: BreakRecord[] = [];
  for (const m of text.matchAll(breakRowText)) {
    const parsed = breakRowSchema.safeParse([Number(m[1]), Number(m[2]), m[3], m[4]]);
    if (parsed.success) breaks.push(breakOf(parsed.data));
  }
  const answers: AnswerRecord[] = [];
  for (const m of text.matchAll(answerRowText)) {
    const parsed = answerRowSchema.safeParse([Number(m[1]), m[2]]);
    if (parsed.success) answers.push(answerOf(parsed.data));
  }
  return { breaks, answers };
}

/** Oldest first, and no more than the caps (the newest kept). */
function bounded(history: History): History {
  const breaks = [...history.breaks].sort((a, b) => a.startedAt - b.startedAt).slice(-MAX_BREAKS);
  const answers = [...history.answers].sort((a, b) => a.at - b.at).slice(-MAX_ANSWERS);
  return { breaks, answers };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The history in the text of history.json (`null`: no file yet). Never throws. */
export function loadHistory(text: string | null): HistoryLoad {
  if (text === null) return { history: emptyHistory, outcome: 'fresh' };
  const json = parseJson(text);
  const exact = json.ok ? historyFileSchema.safeParse(json.value) : null;
  if (exact?.success) {
    return { history: bounded({ breaks: exact.data.breaks.map(breakOf), answers: exact.data.answers.map(answerOf) }), outcome: 'loaded' };
  }
  let found: History;
  if (json.ok && json.value !== null && typeof json.value === 'object' && !Array.isArray(json.value)) {
    // JSON of the wrong shape or another version: every row that is whole is kept.
    const raw = json.value as Record<string, unknown>;
    found = { breaks: rowsOf(raw['breaks'], breakRowSchema, breakOf), answers: rowsOf(raw['answers'], answerRowSchema, answerOf) };
  } else {
    found = scanRows(text);
  }
  const history = bounded(found);
  return { history, outcome: history.breaks.length + history.answers.length > 0 ? 'repaired' : 'corrupt' };
}
