/**
 * The typed translator (issue #20). `t('offer.title')` returns the message in the active language;
 * messages are ICU MessageFormat, formatted by FormatJS's intl-messageformat, so plurals follow each
 * language's rules (Intl.PluralRules) and numbers its digits. Keys and the params a message needs are
 * typed from the English catalogue, the source every other language is translated from. A key a locale
 * lacks, or a translation that cannot be formatted, falls back to English: a flawed translation never
 * takes a screen down.
 */
import { isArgumentElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { en } from './en/index.ts';
import { languageOf, type AnyLocale } from './locales.ts';

export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;
/** A locale's messages by key, as a locale file gives them (any key may be missing). */
export type Messages = Readonly<Partial<Record<string, string>>>;

/** The argument name in a `{…}`: "count" from "count, plural, one {# pause"; nothing from "# pauses". */
type ArgumentOf<P extends string> = P extends `${infer Name},${string}`
  ? ArgumentOf<Name>
  : P extends `${string} ${string}` | `#${string}` | ''
    ? never
    : P;
type PlaceholdersOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? ArgumentOf<P> | PlaceholdersOf<Rest> : never;
export type ParamsOf<K extends MessageKey> = Record<PlaceholdersOf<Catalogue[K]>, string | number>;

/** Keys whose messages take no params: safe to pass around as data and render with t(key). */
export type PlainMessageKey = { [K in MessageKey]: [PlaceholdersOf<Catalogue[K]>] extends [never] ? K : never }[MessageKey];

type TArgs<K extends MessageKey> = [PlaceholdersOf<Catalogue[K]>] extends [never] ? [] : [params: ParamsOf<K>];
type Params = Record<string, string | number>;

const english: Readonly<Record<string, string>> = en;
let active: { locale: AnyLocale; messages: Messages } = { locale: 'en', messages: en };
const listeners = new Set<() => void>();
/** The user's regional format (the system's, as Intl reports it where this runs); setRegionalLocale sets it. */
let regional = new Intl.DateTimeFormat().resolvedOptions().locale;

/** A parsed message and the names of its plain `{name}` arguments (numbers there get the locale's digits). */
interface Compiled {
  format: IntlMessageFormat;
  plainArguments: ReadonlySet<string>;
}
const compiled = new Map<string, Compiled | null>();

function compile(text: string, locale: string): Compiled | null {
  const cacheKey = `${locale}\u0000${text}`;
  let entry = compiled.get(cacheKey);
  if (entry === undefined) {
    try {
      const format = new IntlMessageFormat(text, locale);
      const plainArguments = new Set(format.getAst().flatMap((el) => (isArgumentElement(el) ? [el.value] : [])));
      entry = { format, plainArguments };
    } catch {
      entry = null;
    }
    compiled.set(cacheKey, entry);
  }
  return entry;
}

// Made once per locale: an Intl formatter costs far more to build than to use (the breath renders a count per phase).
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberIn(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { useGrouping: false })));
  return format.format(value);
}

/** A number as a message's `{placeholder}` shows it in the active language (Arabic: ٥). */
export function plainNumber(value: number): string {
  return numberIn(active.locale, value);
}

/** `text` formatted with `params` in `locale`; null when it cannot be (bad syntax, a param missing). */
function formatted(text: string, locale: string, params: Params | undefined): string | null {
  // Most messages have no arguments at all: returned as written, with no parse.
  if (!text.includes('{')) return text;
  const message = compile(text, locale);
  if (!message) return null;
  const values: Params = {};
  for (const [name, value] of Object.entries(params ?? {}))
    values[name] = typeof value === 'number' && message.plainArguments.has(name) ? numberIn(locale, value) : value;
  try {
    const out = message.format.format(values);
    return typeof out === 'string' ? out : null;
  } catch {
    return null;
  }
}

/** The message for `key` in the active language, with its `{placeholders}` filled in. */
export function t<K extends MessageKey>(key: K, ...args: TArgs<K>): string {
  const params = args[0] as Params | undefined;
  const own = active.messages[key];
  // The language itself, not the regional format: the break page's build-time markup must read the same.
  const text = own === undefined ? null : formatted(own, active.locale, params);
  return text ?? formatted(english[key] ?? key, 'en', params) ?? english[key] ?? key;
}

/** True when `key` names a message (for keys that arrive as data, e.g. from content). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The active language's code. */
export function activeLocale(): AnyLocale {
  return active.locale;
}

/** The locale of the user's regional format (e.g. the system's "en-GB"), for dates and times. */
export function setRegionalLocale(tag: string): void {
  try {
    regional = Intl.getCanonicalLocales(tag)[0] ?? regional;
  } catch {
    // Not a language tag: the format stays as it was.
  }
}

/**
 * The locale Intl formats dates and times in: the user's regional format when it is in the active
 * language (English in Britain writes "28 July", in the US "July 28"), else the language's own.
 */
export function formattingLocale(): string {
  return languageOf(regional) === languageOf(active.locale) ? regional : active.locale;
}

/** Makes `locale` (with its loaded `messages`) the active language and tells every subscriber. */
export function setActiveLocale(locale: AnyLocale, messages: Messages): void {
  if (active.locale === locale && active.messages === messages) return;
  active = { locale, messages: locale === 'en' ? en : messages };
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the active language changes; returns the unsubscribe function. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
