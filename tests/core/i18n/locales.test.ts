/** Which of Tend's languages a person's preferences pick (issue #20), as each OS lists them. */
import { describe, expect, it } from 'vitest';
import { bestLocale, directionOf } from '../../../electron/core/i18n/locales.ts';

describe('the best language for the system’s preferences', () => {
  it.each<[string, string[], string]>([
    ['an English desktop', ['en-US', 'en'], 'en'],
    ['German on Linux (LANG=de_DE.UTF-8, canonicalised)', ['de-DE', 'de'], 'de'],
    ['a glibc name that was not canonicalised', ['pt_BR.UTF-8'], 'pt-BR'],
    ['Austrian German', ['de-AT'], 'de'],
    ['European Portuguese, which Tend has only for Brazil', ['pt-PT'], 'pt-BR'],
    ['Canadian French first, then English (the typings’ Windows example)', ['fr-CA', 'en-US', 'zh-Hans-CN', 'fi', 'es-419'], 'fr'],
    ['a language Tend lacks first, then one it has', ['fi-FI', 'ja-JP'], 'ja'],
    ['Arabic in Egypt', ['ar-EG'], 'ar'],
    ['Latin-American Spanish', ['es-419'], 'es'],
    ['only languages Tend lacks', ['fi', 'sv'], 'en'],
    ['nothing at all (an unset environment)', [], 'en'],
    ['the POSIX locale as Chromium canonicalises C.UTF-8', ['en-US-POSIX'], 'en'],
  ])('%s → %s', (_, preferred, locale) => {
    expect(bestLocale(preferred)).toBe(locale);
  });

  it('writes Arabic right to left and the others, and anything unknown, left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ja')).toBe('ltr');
    expect(directionOf('en-XA')).toBe('ltr');
    expect(directionOf('he')).toBe('ltr');
  });
});
