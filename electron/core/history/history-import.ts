/**
 * Reading an export back (history-export.ts): the CSV or JSON the user saved becomes the same history.
 * Used to check that exports round-trip, and ready for an "import" should one be wanted. Throws
 * SyntaxError on text that is not an export of Tend's pauses.
 */
import { z } from 'zod';
import { parseCsv } from './csv.ts';
import { csvColumns } from './history-export.ts';
import { breakEndings, historyKinds, offerAnswers, type BreakRecord, type History } from './history-types.ts';

/** Local ISO 8601 with an offset (or Z), to the second, as exports write it. */
const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/)
  .transform((s, ctx) => {
    const at = Date.parse(s);
    if (Number.isNaN(at)) ctx.addIssue({ code: 'custom', message: 'not a time' });
    return at;
  });

const breakSchema = z.object({ startedAt: isoInstant, endedAt: isoInstant, kind: z.enum(historyKinds), ended: z.enum(breakEndings) });
const exportSchema = z.object({
  app: z.literal('Tend'),
  content: z.literal('pauses'),
  breaks: z.array(breakSchema),
  answers: z.array(z.object({ at: isoInstant, answer: z.enum(offerAnswers) })).optional(),
});

/** The history in an exported JSON text. */
export function parseHistoryJson(text: string): History {
  const parsed = exportSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new SyntaxError(`not an export of Tend's pauses: ${parsed.error.issues[0]?.message ?? ''}`);
  return { breaks: parsed.data.breaks, answers: parsed.data.answers ?? [] };
}

/** The breaks in an exported CSV text (its header first). */
export function parseHistoryCsv(text: string): History {
  const [header, ...rows] = parseCsv(text);
  if (header?.join(',') !== csvColumns.join(',')) throw new SyntaxError('not an export of Tend\'s pauses: unexpected header');
  const breaks = rows.map((row, i): BreakRecord => {
    const [startedAt, endedAt, kind, , ended] = row;
    const parsed = breakSchema.safeParse({ startedAt, endedAt, kind, ended });
    if (!parsed.success || row.length !== csvColumns.length) throw new SyntaxError(`row ${i + 2} is not a break`);
    return parsed.data;
  });
  return { breaks, answers: [] };
}
