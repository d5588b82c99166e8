/**
 * Importing the user's own phrases from a file, one per line: text files only, the same rules as typing
 * one in (checkPhraseText), work bounded by the free places in the list, and what was left out
 * summarised by reason (a count and the first few line numbers), never one message per line.
 */
import { listLimits } from '../settings/settings-schema.ts';
import {
  checkPhraseText,
  customPhraseId,
  phraseKey,
  type CustomPhrase,
  type CustomPhraseError,
} from './custom-phrase.ts';

/** Files larger than this are not read: a phrase list is a few kilobytes. */
export const maxImportBytes = 1024 * 1024;
/** At most this many lines are looked at; a full list is 500 phrases, so this leaves room for blank and repeated lines. */
export const maxImportLines = 2000;
/** How many line numbers a summary names per reason. */
const linesNamed = 3;

/** The file as text, or why it is not a text file Tend reads. */
type PhraseFile = { ok: true; text: string } | { ok: false; problem: 'not-text' };

// Control characters other than tab, line feed and carriage return; a text file has almost none.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function decode(bytes: Uint8Array): string | null {
  // A byte-order mark says which encoding; otherwise UTF-8, strictly (a stray byte means not text).
  const [a, b, c] = bytes;
  const encoding = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  const start = encoding === 'utf-8' ? (a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0) : 2;
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    return null;
  }
}

/**
 * Reads `bytes` as a text file: UTF-8 (or UTF-16 with a byte-order mark), no NUL characters, and
 * hardly any other control characters (more than 1 in 100 means a program or data, not phrases).
 */
export function readPhraseFile(bytes: Uint8Array): PhraseFile {
  const text = decode(bytes);
  if (text === null || text.includes('\u0000')) return { ok: false, problem: 'not-text' };
  const controls = text.match(controlCharacter)?.length ?? 0;
  if (controls > 2 && controls * 100 > text.length) return { ok: false, problem: 'not-text' };
  return { ok: true, text };
}

/** Why a line was not added: the phrase rules, no free place left in the list, or past maxImportLines. */
type SkipReason = CustomPhraseError | 'full' | 'not-read';

/** Lines left out for one reason: how many, and the first few line numbers (from 1, as an editor numbers them). */
export interface SkipGroup {
  reason: SkipReason;
  count: number;
  lines: number[];
}

/** The phrases after the import, what it added, and what it left out. */
export interface PhraseImport {
  phrases: CustomPhrase[];
  added: number;
  /** One group per reason, in the order the reasons first came up. */
  skipped: SkipGroup[];
  /** How many lines were looked at (the rest were counted as "full" without being read). */
  examined: number;
}

/** Adds each line of `text` to `existing`, in order, until the list holds `max`; blank lines at the very end are not reported. */
export function importPhrases(
  text: string,
  existing: readonly CustomPhrase[],
  max: number = listLimits.customPhrases,
): PhraseImport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  const phrases = [...existing];
  const keys = new Set(existing.map((p) => phraseKey(p.text)));
  const ids = new Set(existing.map((p) => p.id));
  const groups = new Map<SkipReason, SkipGroup>();
  const skip = (reason: SkipReason, line: number, count = 1): void => {
    const group = groups.get(reason) ?? { reason, count: 0, lines: [] };
    groups.set(reason, group);
    group.count += count;
    for (let n = line; n < line + count && group.lines.length < linesNamed; n++) group.lines.push(n);
  };
  const limit = Math.min(lines.length, maxImportLines);
  let examined = 0;
  for (; examined < limit && phrases.length < max; examined++) {
    const checked = checkPhraseText(lines[examined] ?? '', keys);
    if (!checked.ok) {
      skip(checked.error, examined + 1);
      continue;
    }
    const id = customPhraseId(checked.text, ids);
    ids.add(id);
    keys.add(phraseKey(checked.text));
    phrases.push({ id, text: checked.text });
  }
  // Whatever is left was never looked at: the list is full, or the file is longer than a phrase list.
  if (examined < lines.length)
    skip(phrases.length >= max ? 'full' : 'not-read', examined + 1, lines.length - examined);
  return { phrases, added: phrases.length - existing.length, skipped: [...groups.values()], examined };
}
