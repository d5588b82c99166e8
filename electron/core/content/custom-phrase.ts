/**
 * Phrases in the user's own words, and the text of any phrase as shown. Plain rules with no zod, so the
 * settings window can check a phrase as it is typed; content-settings-schema.ts applies the same rules.
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

/** The tidy text, or why it can't be used. `others` are the phrases it must not repeat. */
export function checkPhraseText(
  text: string,
  others: readonly CustomPhrase[] = [],
): { ok: true; text: string } | { ok: false; error: CustomPhraseError } {
  const tidy = tidyPhraseText(text);
  if (tidy === '') return { ok: false, error: 'empty' };
  if (charCount(tidy) > customPhraseMaxChars) return { ok: false, error: 'too-long' };
  if (others.some((p) => p.text.toLowerCase() === tidy.toLowerCase()))
    return { ok: false, error: 'duplicate' };
  return { ok: true, text: tidy };
}

/** A stable id from the text (FNV-1a), so the same phrase gets the same id; `custom.` keeps it apart from the library. */
function idFor(text: string, taken: ReadonlySet<string>): string {
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
    phrase: { id: idFor(checked.text, new Set(existing.map((p) => p.id))), text: checked.text },
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
