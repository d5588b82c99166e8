/**
 * Reading a text file of phrases, one per line, into the user's own phrases with the same rules as
 * typing one in (custom-phrase.ts), and saying which lines were left out and why.
 */
import { newCustomPhrase, type CustomPhrase } from '../../../electron/core/content/index.ts';
import { listLimits } from '../../../electron/core/settings/settings-schema.ts';

/** Why a line was not added. */
export type SkipReason = 'empty' | 'too-long' | 'duplicate' | 'full';

/** A line left out, numbered from 1 as an editor numbers it. */
export interface SkippedLine {
  line: number;
  reason: SkipReason;
}

/** The phrases after the import, and what happened to each line. */
export interface PhraseImport {
  phrases: CustomPhrase[];
  added: number;
  skipped: SkippedLine[];
}

/** Files larger than this are not read: a phrase list is a few kilobytes. */
export const maxImportBytes = 1024 * 1024;

/** Adds each line of `text` to `existing`, in order; blank lines at the very end are not reported. */
export function importPhrases(
  text: string,
  existing: readonly CustomPhrase[],
  max: number = listLimits.customPhrases,
): PhraseImport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  const phrases = [...existing];
  const skipped: SkippedLine[] = [];
  lines.forEach((line, i) => {
    const made = newCustomPhrase(line, phrases);
    if (!made.ok) skipped.push({ line: i + 1, reason: made.error });
    else if (phrases.length >= max) skipped.push({ line: i + 1, reason: 'full' });
    else phrases.push(made.phrase);
  });
  return { phrases, added: phrases.length - existing.length, skipped };
}
