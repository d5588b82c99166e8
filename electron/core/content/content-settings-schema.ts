/**
 * Runtime schemas for the content values the app stores (for the settings store and IPC validation),
 * built on the same rules as custom-phrase.ts, selection.ts and fallback-memory.ts.
 */
import { z } from 'zod';
import { noRepeatWindow } from './content-ids.ts';
import { checkPhraseText, type CustomPhrase } from './custom-phrase.ts';
import type { FallbackMemory } from './fallback-memory.ts';
import type { SelectableKind, ShownHistory } from './selection.ts';

/** A custom phrase; the text is tidied (spaces collapsed, trimmed) and must be 1–90 characters. */
export const customPhraseSchema = z.object({
  id: z.string().regex(/^custom\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Custom phrase ids look like custom.name.'),
  text: z.string().transform((text, ctx) => {
    const checked = checkPhraseText(text);
    if (checked.ok) return checked.text;
    ctx.addIssue({ code: 'custom', message: `Phrase text is ${checked.error}.` });
    return z.NEVER;
  }),
}) satisfies z.ZodType<CustomPhrase>;

const selectableKinds = [
  'breath',
  'tea',
  'phrase',
  'care-action',
  'friend-check',
] as const satisfies readonly SelectableKind[];

export const shownHistorySchema = z.partialRecord(
  z.enum(selectableKinds),
  z.array(z.string()).max(noRepeatWindow),
) satisfies z.ZodType<ShownHistory>;

const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const fallbackMemorySchema = z.object({
  gentleDay: localDay.nullable(),
  useDays: z.array(localDay),
  therapistNoteShown: z.boolean(),
}) satisfies z.ZodType<FallbackMemory>;
