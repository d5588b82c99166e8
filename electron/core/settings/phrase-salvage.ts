/**
 * The user's own phrases from a settings file that does not pass as a whole, kept one by one: a phrase
 * whose id and words are usable stays (any key Tend does not know is left off it, e.g. one a newer Tend
 * wrote), and only the phrases that cannot be used go. One bad phrase never costs the whole list.
 */
import { checkPhraseText } from '../content/custom-phrase.ts';
import { itemIdSchema, listLimits, type CustomPhrase } from './settings-schema.ts';

/** The usable phrases of `raw` (the file's customPhrases value), in order; null when it is not a list at all. */
export function salvageCustomPhrases(raw: unknown): CustomPhrase[] | null {
  if (!Array.isArray(raw)) return null;
  const kept: CustomPhrase[] = [];
  const ids = new Set<string>();
  for (const item of raw as unknown[]) {
    if (kept.length >= listLimits.customPhrases) break;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
    const id: unknown = Object.hasOwn(item, 'id') ? (item as Record<string, unknown>)['id'] : undefined;
    const text: unknown = Object.hasOwn(item, 'text') ? (item as Record<string, unknown>)['text'] : undefined;
    if (
      typeof id !== 'string' ||
      typeof text !== 'string' ||
      ids.has(id) ||
      !itemIdSchema.safeParse(id).success
    )
      continue;
    const checked = checkPhraseText(text, kept);
    if (!checked.ok) continue;
    ids.add(id);
    kept.push({ id, text: checked.text });
  }
  return kept;
}
