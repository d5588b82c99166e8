/**
 * The catalogue as one plain JSON value for review and translation: every message key becomes
 * `{ key, text }` with its English text, so a reader sees the words and a translator sees the keys.
 */
import { isMessageKey, t, type PlainMessageKey } from '../i18n/t.ts';
import { catalogue as appCatalogue } from './catalogue.ts';
import type { Catalogue } from './catalogue-schema.ts';

/** A JSON value. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// Reviewers read an item from its id, kind and title; the other fields keep their order.
const leading = ['id', 'kind', 'title'];
const rank = (key: string): number => (leading.includes(key) ? leading.indexOf(key) : leading.length);

function resolve(value: unknown): Json {
  // Ids, units and other plain values are never message keys, so only the words get resolved.
  if (typeof value === 'string')
    return isMessageKey(value) ? { key: value, text: t(value as PlainMessageKey) } : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return value.map(resolve);
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => rank(a) - rank(b));
    return Object.fromEntries(entries.map(([k, v]) => [k, resolve(v)]));
  }
  return null;
}

/** The whole catalogue with English text resolved, under a small header. */
export function exportCatalogue(cat: Catalogue = appCatalogue): { [key: string]: Json } {
  return {
    format: 'tend-content',
    version: 1,
    language: 'en',
    ...(resolve(cat) as { [key: string]: Json }),
  };
}
