/**
 * Tend's language in a real Electron (issue #20), dev and packaged builds: a chosen language reaches the
 * settings page served on tend://app with its lang and direction (Arabic right to left) and its words
 * from that language's chunk; and on Linux the system's language (LANGUAGE, read by g_get_language_names
 * behind app.getPreferredSystemLanguages()) is followed when the setting says "system".
 */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { messagesOfLocaleFile } from '../../../electron/core/i18n/locale-file.ts';
import { startTend, test } from './launch-packaged.ts';

test.describe.configure({ timeout: 90_000 });

/** A message of `code`'s translator file. */
function messageIn(code: string, key: string): string {
  const file: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../electron/core/i18n/locales/${code}.json`), 'utf8'));
  const message = messagesOfLocaleFile(file)[key];
  if (message === undefined) throw new Error(`no ${key} in ${code}.json`);
  return message;
}

/** The page's language and direction as it says them on <html>. */
function languageOf(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { lang: string; dir: string } } }).document.documentElement;
    return { lang: root.lang, dir: root.dir };
  });
}

test('chosen in Settings, Arabic reaches the settings page: its words, lang="ar" and right to left', async ({ build }) => {
  const tend = await startTend(build, { settings: { language: 'ar' } });
  try {
    await tend.secondInstance(['--settings']);
    const page = await tend.page('settings');
    await expect(page.getByRole('heading', { level: 1, name: messageIn('ar', 'settings-ui.title') })).toBeVisible({ timeout: 15_000 });
    expect(await languageOf(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(tend.pageErrors).toEqual([]);
  } finally {
    await tend.close();
  }
});

test('on Linux, the system’s language (LANGUAGE=de) is Tend’s when the setting follows the system', async ({ build }) => {
  test.skip(process.platform !== 'linux', 'LANGUAGE is how a Linux desktop says its language; Windows and macOS take it from their own settings');
  const tend = await startTend(build, { settings: { language: 'system' }, env: { LANGUAGE: 'de', LC_ALL: '', LC_MESSAGES: '' } });
  try {
    await tend.secondInstance(['--break', 'tea']);
    const page = await tend.page('break');
    await expect(page.getByRole('button', { name: messageIn('de', 'break.tea.back') })).toBeVisible({ timeout: 15_000 });
    expect(await languageOf(page)).toEqual({ lang: 'de', dir: 'ltr' });
    expect(tend.pageErrors).toEqual([]);
  } finally {
    await tend.close();
  }
});
