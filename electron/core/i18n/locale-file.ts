/**
 * A translator's locale file (electron/core/i18n/locales/<code>.json, issue #20): for every English key,
 * the translation (`message`), the English it was made from (`english`) and a context note (`note`).
 * Only the messages matter at run time; the rest is for the people who translate.
 */

/** One entry of a locale file. */
export interface LocaleFileEntry {
  message: string;
  english: string;
  note: string;
}

/** The messages of a parsed locale file, by key; entries without a usable message are left out (English shows). */
export function messagesOfLocaleFile(file: unknown): Record<string, string> {
  const messages: Record<string, string> = {};
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return messages;
  for (const [key, entry] of Object.entries(file)) {
    const message: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'message') : undefined;
    if (typeof message === 'string' && message.trim() !== '') messages[key] = message;
  }
  return messages;
}
