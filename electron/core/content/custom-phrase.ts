/**
 * Phrases in the user's own words, and the text of any phrase as shown. Plain rules with no zod, so the
 * settings window can check a phrase as it is typed. These are the only rules for a phrase of one's own:
 * typing one in, importing a file (phrase-import.ts), a change from a page and the settings file in main
 * (settings-schema.ts, phrase-salvage.ts) and content-settings-schema.ts all call checkPhraseText.
 */
import { t, type PlainMessageKey } from '../i18n/t.ts';
import type { ContentItem, PhraseItem } from './item-schema.ts';

/** A phrase the user added. `text` is tidy (see tidyPhraseText) and at most 90 characters. */
export interface CustomPhrase {
  id: string;
  text: string;
}

export const customPhraseMaxChars = 90;
const editableWordMaxChars = 30;

/** Why a phrase could not be added, as messages for the settings window. */
export const customPhraseErrors = {
  empty: 'content.phrases.custom-error.empty',
  'too-long': 'content.phrases.custom-error.too-long',
  duplicate: 'content.phrases.custom-error.duplicate',
  unsafe: 'content.phrases.custom-error.unsafe',
} as const satisfies Record<string, PlainMessageKey>;
export type CustomPhraseError = keyof typeof customPhraseErrors;

/** Spaces and line breaks collapse to single spaces; the ends are trimmed. */
export function tidyPhraseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Made on first use: creating a segmenter takes Chromium 15–20 ms, and the break window (which loads
// this module with the catalogue) never counts characters before its first paint.
let graphemes: Intl.Segmenter | undefined;
/** Characters as people count them (an emoji or an accented letter is one), not UTF-16 units. */
const charCount = (text: string): number =>
  [...(graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text)].length;

// Characters that change what a phrase seems to say or do rather than being part of it: control
// characters (C0, DEL, C1: terminal escapes, bells), bidirectional embeddings, overrides and isolates
// (text that reads differently from how it is stored), interlinear annotation marks, and lone surrogates
// (half an emoji: not text at all). Right-to-left marks (U+200E, U+200F, U+061C) stay: real RTL text uses them.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafeCharacters = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFF9-\uFFFB]|\p{Cs}/u;
// Characters that show nothing by themselves: format characters (zero-width spaces and joiners, the
// byte-order mark, soft hyphens), combining and enclosing marks, and the blank Hangul and Braille fillers.
const invisibleCharacters = /[\p{Cf}\p{Mn}\p{Me}\s\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** Why `tidy` text can't be a phrase regardless of the list (empty, unsafe, too long), or null. */
function textProblem(tidy: string): CustomPhraseError | null {
  if (tidy.replace(invisibleCharacters, '') === '') return 'empty';
  if (unsafeCharacters.test(tidy)) return 'unsafe';
  // A cheap bound first, so a very long line never reaches the segmenter (a grapheme is at most a few
  // dozen UTF-16 units even for the longest emoji sequences).
  if (tidy.length > customPhraseMaxChars * 40 || charCount(tidy) > customPhraseMaxChars) return 'too-long';
  return null;
}

/** The text as the key that duplicates share (case does not make a phrase new). */
export const phraseKey = (tidy: string): string => tidy.toLowerCase();

/**
 * The tidy text, or why it can't be used. `others` are the phrases it must not repeat: a list, or (for
 * many lines at once) a set of their phraseKey()s.
 */
export function checkPhraseText(
  text: string,
  others: readonly CustomPhrase[] | ReadonlySet<string> = [],
): { ok: true; text: string } | { ok: false; error: CustomPhraseError } {
  const tidy = tidyPhraseText(text);
  const problem = textProblem(tidy);
  if (problem !== null) return { ok: false, error: problem };
  const key = phraseKey(tidy);
  const repeated = 'has' in others ? others.has(key) : others.some((p) => phraseKey(p.text) === key);
  if (repeated) return { ok: false, error: 'duplicate' };
  return { ok: true, text: tidy };
}

/** A stable id from the text (FNV-1a), so the same phrase gets the same id; `custom.` keeps it apart from the library. */
export function customPhraseId(text: string, taken: ReadonlySet<string>): string {
  let hash = 0x811c9dc5;
  for (const ch of text) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  const base = `custom.${hash.toString(36)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A new custom phrase from what the user typed, or why it can't be added. */
export function newCustomPhrase(
  text: string,
  existing: readonly CustomPhrase[],
): { ok: true; phrase: CustomPhrase } | { ok: false; error: CustomPhraseError } {
  const checked = checkPhraseText(text, existing);
  if (!checked.ok) return checked;
  return {
    ok: true,
    phrase: { id: customPhraseId(checked.text, new Set(existing.map((p) => p.id))), text: checked.text },
  };
}

/** True for a phrase the user wrote, false for anything from the library. */
export function isCustomPhrase(item: ContentItem | CustomPhrase): item is CustomPhrase {
  return !('kind' in item);
}

/**
 * The text of a phrase as shown. For a phrase with a changeable word (e.g. "Naming it is enough for
 * now: tired."), `word` replaces the default when it is a short, non-empty word or two.
 */
export function phraseText(phrase: PhraseItem | CustomPhrase, word?: string): string {
  if (isCustomPhrase(phrase)) return phrase.text;
  const own = word === undefined ? '' : tidyPhraseText(word);
  if (phrase.word && own !== '' && charCount(own) <= editableWordMaxChars)
    return t(phrase.word.template, { word: own });
  const first = phrase.steps[0];
  return first ? t(first.text) : t(phrase.title);
}
