/**
 * The renderer's languages, loaded on demand (issue #20): English is in the app's code; each other locale
 * file is a chunk of its own, fetched only when that language is active, so a window carries one
 * language at most beside English. The pseudo-locale is made from English when asked for.
 */
import { en } from '../../../electron/core/i18n/en/index.ts';
import { messagesOfLocaleFile } from '../../../electron/core/i18n/locale-file.ts';
import { directionOf, isLocaleCode, PSEUDO_LOCALE, type AnyLocale } from '../../../electron/core/i18n/locales.ts';
import { activeLocale, setActiveLocale, type Messages } from '../../../electron/core/i18n/t.ts';

const localeFiles = import.meta.glob<unknown>('../../../electron/core/i18n/locales/*.json', { import: 'default' });

/** True for a locale the renderer can show: one of Tend's languages, or the pseudo-locale. */
export function isAnyLocale(code: unknown): code is AnyLocale {
  return isLocaleCode(code) || code === PSEUDO_LOCALE;
}

async function messagesFor(locale: AnyLocale): Promise<Messages> {
  if (locale === 'en') return en;
  if (locale === PSEUDO_LOCALE) return (await import('../../../electron/core/i18n/pseudo-locale.ts')).pseudoMessages(en);
  const load = localeFiles[`../../../electron/core/i18n/locales/${locale}.json`];
  return load ? messagesOfLocaleFile(await load()) : en;
}

/** Marks the page's language and direction, which the stylesheet and screen readers follow. */
export function markDocumentLanguage(locale: AnyLocale): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = directionOf(locale);
}

let latest: AnyLocale = activeLocale();
/**
 * Loads `locale` and makes it the page's language. If its file cannot be loaded the page stays as it is
 * (English at first): a missing translation never leaves a window blank. A later call wins over an
 * earlier one still loading.
 */
export async function switchLocale(locale: AnyLocale): Promise<void> {
  latest = locale;
  let messages: Messages;
  try {
    messages = await messagesFor(locale);
  } catch (error) {
    console.warn(`Tend: the ${locale} messages could not be loaded; the page stays in ${activeLocale()}`, error);
    return;
  }
  if (latest !== locale) return;
  setActiveLocale(locale, messages);
  markDocumentLanguage(locale);
}

/**
 * The language the page was opened in: `?lang=` (the preview, and main's development server pages), else
 * the page's own lang (Tend's scheme serves every page with it, pageInLanguage), else English.
 */
export function pageLocale(search: string, pageLang: string): AnyLocale {
  const asked = new URLSearchParams(search).get('lang');
  if (isAnyLocale(asked)) return asked;
  return isAnyLocale(pageLang) ? pageLang : 'en';
}
