/**
 * Keeps the translators' locale files in step with English (issue #20): `npm run i18n:sync` rewrites
 * every electron/core/i18n/locales/<code>.json with the English keys in order, each entry's English and
 * context note fresh from the source (en/*.ts and en/notes.json), translations kept; keys English no
 * longer has are dropped. `-- --add <code>` starts a new language with empty messages. It lists what a
 * translator needs to look at: messages still to write, and ones whose English changed since. Those keep
 * the English they were made from (the locale-file tests then name them) until the translation is looked
 * at and `-- --reviewed` is run.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { en } from '../electron/core/i18n/en/index.ts';
import type { LocaleFileEntry } from '../electron/core/i18n/locale-file.ts';

const dir = resolve(import.meta.dirname, '../electron/core/i18n/locales');
const notes = JSON.parse(readFileSync(resolve(import.meta.dirname, '../electron/core/i18n/en/notes.json'), 'utf8')) as Record<string, string>;

const add = process.argv.indexOf('--add');
const added = add >= 0 ? process.argv[add + 1] : undefined;
const reviewed = process.argv.includes('--reviewed');
if (added !== undefined) {
  if (!/^[a-z]{2,3}(-[A-Z]{2})?$/.test(added)) throw new Error(`"${added}" is not a language code like "it" or "pt-PT"`);
  if (!existsSync(join(dir, `${added}.json`))) writeFileSync(join(dir, `${added}.json`), '{}\n');
}

for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
  const path = join(dir, name);
  const old = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Partial<LocaleFileEntry>>;
  const file: Record<string, LocaleFileEntry> = {};
  const toWrite: string[] = [];
  const toReview: string[] = [];
  for (const [key, english] of Object.entries(en)) {
    const before = old[key];
    const message = typeof before?.message === 'string' ? before.message : '';
    if (message === '') toWrite.push(key);
    const changed = message !== '' && before?.english !== undefined && before.english !== english;
    if (changed && !reviewed) toReview.push(key);
    file[key] = { message, english: changed && !reviewed ? (before.english ?? english) : english, note: notes[key] ?? '' };
  }
  const dropped = Object.keys(old).filter((key) => !Object.hasOwn(en, key));
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`${name}: ${String(toWrite.length)} to write, ${String(toReview.length)} whose English changed, ${String(dropped.length)} dropped`);
  for (const key of toReview) console.log(`  review ${key}: was "${old[key]?.english ?? ''}"`);
}
