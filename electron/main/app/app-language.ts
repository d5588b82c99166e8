/**
 * Tend's language in the main process (issue #20): the setting, or the system's preferred languages'
 * best match (app.getPreferredSystemLanguages(): GlobalizationPreferences on Windows,
 * NSLocale.preferredLanguages on macOS, g_get_language_names on Linux, per Electron's typings), with
 * English as the fallback. Main needs its words at once (the tray's first menu, the command line's
 * help), so every locale file is part of main's bundle; the renderer loads only the one it shows.
 */
import { en } from '../../core/i18n/en/index.ts';
import { messagesOfLocaleFile } from '../../core/i18n/locale-file.ts';
import { bestLocale, isLocaleCode, type LocaleCode } from '../../core/i18n/locales.ts';
import { activeLocale, setActiveLocale, type Messages } from '../../core/i18n/t.ts';
import type { Settings } from '../../core/settings/settings-schema.ts';

const localeFiles = import.meta.glob<unknown>('../../core/i18n/locales/*.json', { import: 'default', eager: true });

/** The messages of `locale` (English for English, or when its file is missing from the build). */
function messagesOf(locale: LocaleCode): Messages {
  if (locale === 'en') return en;
  const file = localeFiles[`../../core/i18n/locales/${locale}.json`];
  return file === undefined ? en : messagesOfLocaleFile(file);
}

/** The locale a language setting means, given the system's preferred languages. */
export function localeForSetting(setting: Settings['language'], preferred: () => readonly string[]): LocaleCode {
  if (setting !== 'system') return setting;
  try {
    return bestLocale(preferred());
  } catch {
    return 'en';
  }
}

/** Makes `locale` main's language; true when that changed it. */
export function applyLocale(locale: LocaleCode): boolean {
  if (activeLocale() === locale) return false;
  setActiveLocale(locale, messagesOf(locale));
  return true;
}

/** Main's language now (main never runs in the pseudo-locale). */
export function mainLocale(): LocaleCode {
  const locale = activeLocale();
  return isLocaleCode(locale) ? locale : 'en';
}
