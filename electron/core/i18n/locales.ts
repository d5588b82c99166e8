/**
 * The languages Tend speaks (issue #20): each locale's code, its own name for itself and its writing
 * direction, and how a user's language preferences pick one. English is the source and the fallback.
 */

/** A language Tend has a catalogue for. */
export const localeCodes = ['en', 'de', 'fr', 'es', 'pt-BR', 'ja', 'ar'] as const;
export type LocaleCode = (typeof localeCodes)[number];

/**
 * The pseudo-locale: English accented and 40 % longer, for the browser tests and for developers to see
 * what would overflow in a longer language. Never chosen from the system and not listed in Settings.
 */
export const PSEUDO_LOCALE = 'en-XA';
export type AnyLocale = LocaleCode | typeof PSEUDO_LOCALE;

/** Each language by its own name (a person looks for their language written in it), and its direction. */
export const localeInfo: Readonly<Record<LocaleCode, { name: string; dir: 'ltr' | 'rtl' }>> = {
  en: { name: 'English', dir: 'ltr' },
  de: { name: 'Deutsch', dir: 'ltr' },
  fr: { name: 'Français', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
  'pt-BR': { name: 'Português (Brasil)', dir: 'ltr' },
  ja: { name: '日本語', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
};

/** True when `code` names a language Tend has (exactly, as stored in settings). */
export function isLocaleCode(code: unknown): code is LocaleCode {
  return typeof code === 'string' && (localeCodes as readonly string[]).includes(code);
}

/** The writing direction of a locale ('ltr' for the pseudo-locale and anything unknown). */
export function directionOf(code: string): 'ltr' | 'rtl' {
  return isLocaleCode(code) ? localeInfo[code].dir : 'ltr';
}

/**
 * A tag as BCP 47, lower-cased for comparing: "pt-br" for "pt_BR.UTF-8" (Linux gives glibc locale names,
 * canonicalised by Chromium: electron/electron shell/common/language_util_linux.cc).
 */
function normalTag(tag: string): string {
  return tag.replace(/[.@].*$/, '').replaceAll('_', '-').toLowerCase();
}

/** The language part of a tag: "pt" for "pt-PT", "zh" for "zh_Hant_TW". */
export function languageOf(tag: string): string {
  return normalTag(tag).split('-')[0] ?? '';
}

/**
 * The best of Tend's languages for a list of preferences, most preferred first (as
 * app.getPreferredSystemLanguages() gives them): the first preference whose language Tend has, in that
 * region when Tend has it (pt-PT → pt-BR, de-AT → de, fr-CA before a later de), else English.
 */
export function bestLocale(preferred: readonly string[]): LocaleCode {
  for (const tag of preferred) {
    const exact = localeCodes.find((code) => code.toLowerCase() === normalTag(tag));
    if (exact) return exact;
    const sameLanguage = localeCodes.find((code) => languageOf(code) === languageOf(tag));
    if (sameLanguage) return sameLanguage;
  }
  return 'en';
}
