/**
 * Builds carry only the messages of a locale file (issue #20): its English source and context notes are
 * for translators, so they are dropped as the file is bundled, and a language costs the app only what
 * it shows. Runs before Vite's own JSON plugin, which then makes the module as usual.
 */
import type { Plugin } from 'vite';
import { messagesOfLocaleFile } from '../electron/core/i18n/locale-file.ts';

const LOCALE_FILE = /[\\/]electron[\\/]core[\\/]i18n[\\/]locales[\\/][\w-]+\.json$/;

/** The plugin: a locale file becomes `{ key: { message } }` (the shape messagesOfLocaleFile reads). */
export function localeMessagesPlugin(): Plugin {
  return {
    name: 'tend-locale-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!LOCALE_FILE.test(id.split('?')[0] ?? '')) return null;
      const messages = messagesOfLocaleFile(JSON.parse(code));
      const slim = Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, { message }]));
      return { code: JSON.stringify(slim), map: null };
    },
  };
}
