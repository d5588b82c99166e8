/**
 * What the settings window's "Your pauses" view receives over IPC (issue #19), as runtime schemas for
 * the contract; the summary and export code import only the types, so zod stays where the contract is.
 * Counts and seconds only: the view chooses the words, and nothing here compares one week with another.
 */
import { z } from 'zod';
import { historyKinds, offerAnswers } from './history-types.ts';

const count = z.int().min(0);
const dateKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Breaks per kind (every kind present, 0 when none). */
const byKindSchema = z.strictObject(Object.fromEntries(historyKinds.map((k) => [k, count])) as Record<(typeof historyKinds)[number], typeof count>);
/** "Not now" and "Skip" answers (every answer present). */
const byAnswerSchema = z.strictObject(Object.fromEntries(offerAnswers.map((a) => [a, count])) as Record<(typeof offerAnswers)[number], typeof count>);

/** One local calendar day. `answers` only while the user has "show skips" on. */
export const historyDaySchema = z.strictObject({
  date: dateKey,
  /** 0 = Sunday … 6 = Saturday. */
  weekday: z.int().min(0).max(6),
  breaks: count,
  seconds: count,
  byKind: byKindSchema,
  answers: byAnswerSchema.optional(),
});

/** One week of local days, from its first day (weekStartsOn). */
export const historyWeekSchema = z.strictObject({
  start: dateKey,
  breaks: count,
  seconds: count,
  byKind: byKindSchema,
  days: z.array(historyDaySchema).length(7),
});

/** The view's data: today, and the last weeks (oldest first, this week last). */
export const historySummarySchema = z.strictObject({
  /** history.keep: false means nothing more is written (what is kept stays until deleted). */
  keep: z.boolean(),
  showSkips: z.boolean(),
  today: z.strictObject({ date: dateKey, breaks: count, seconds: count, minutes: count }),
  weeks: z.array(historyWeekSchema).min(1).max(53),
  /** Breaks held in all, and the local day of the first (null: none). */
  total: count,
  since: dateKey.nullable(),
});

/** history:summary's request: how many weeks (this one included); left out, 8. */
export const historySummaryRequestSchema = z.strictObject({ weeks: z.int().min(1).max(53) }).optional();

/** Export formats: CSV (RFC 4180, with a header) or JSON. */
export const historyExportFormatSchema = z.enum(['csv', 'json']);

/** history:export's answer: the text and a file name to save it under (the page saves it). */
export const historyExportSchema = z.strictObject({
  format: historyExportFormatSchema,
  filename: z.string().regex(/^tend-pauses-\d{4}-\d{2}-\d{2}\.(csv|json)$/),
  mimeType: z.enum(['text/csv', 'application/json']),
  text: z.string(),
});

export type HistoryDay = z.infer<typeof historyDaySchema>;
export type HistoryWeek = z.infer<typeof historyWeekSchema>;
export type HistorySummary = z.infer<typeof historySummarySchema>;
export type HistoryExportFormat = z.infer<typeof historyExportFormatSchema>;
export type HistoryExport = z.infer<typeof historyExportSchema>;
