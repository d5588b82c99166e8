/**
 * A small typed translator. `t('offer.title')` returns the English text; placeholders written `{name}`
 * must be given as params, and the compiler checks which ones a message needs.
 */
import { en } from './en/index.ts';

export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;

type PlaceholdersOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | PlaceholdersOf<Rest> : never;
export type ParamsOf<K extends MessageKey> = Record<PlaceholdersOf<Catalogue[K]>, string | number>;

/** Keys whose messages take no params: safe to pass around as data and render with t(key). */
export type PlainMessageKey = { [K in MessageKey]: [PlaceholdersOf<Catalogue[K]>] extends [never] ? K : never }[MessageKey];

type TArgs<K extends MessageKey> = [PlaceholdersOf<Catalogue[K]>] extends [never] ? [] : [params: ParamsOf<K>];

/** The message for `key` with its `{placeholders}` filled in. */
export function t<K extends MessageKey>(key: K, ...args: TArgs<K>): string {
  const text: string = en[key];
  const params = args[0] as Record<string, string | number> | undefined;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** True when `key` names a message (for keys that arrive as data, e.g. from content). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
