/**
 * Every translator's file against English (issue #20): the same keys (none missing, none unused, none
 * twice), each message valid ICU with the placeholders English gives and the plural forms its language
 * has, made from today's English, with its context note; and English has a note for every key.
 */
import { parse, TYPE, type MessageFormatElement, type PluralElement } from '@formatjs/icu-messageformat-parser';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../electron/core/i18n/en/index.ts';
import type { LocaleFileEntry } from '../../../electron/core/i18n/locale-file.ts';
import { localeCodes } from '../../../electron/core/i18n/locales.ts';

const i18nDir = resolve(import.meta.dirname, '../../../electron/core/i18n');
const notes = JSON.parse(readFileSync(join(i18nDir, 'en/notes.json'), 'utf8')) as Record<string, string>;
const englishKeys = Object.keys(en);
const translated = localeCodes.filter((code) => code !== 'en');

function fileText(code: string): string {
  return readFileSync(join(i18nDir, 'locales', `${code}.json`), 'utf8');
}

/** The argument names and plurals of a message, nested ones too. */
function shapeOf(message: string): { names: string[]; plurals: PluralElement[] } {
  const names = new Set<string>();
  const plurals: PluralElement[] = [];
  const walk = (elements: MessageFormatElement[]): void => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        names.add(el.value);
        if (el.type === TYPE.plural) plurals.push(el);
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return { names: [...names].sort(), plurals };
}

describe('English, the source', () => {
  it('has a context note for every key, and none for a key it lacks', () => {
    expect(Object.keys(notes)).toEqual(englishKeys);
    expect(Object.entries(notes).filter(([, note]) => note.trim().length < 20)).toEqual([]);
  });

  it('is valid ICU MessageFormat throughout', () => {
    const broken = englishKeys.filter((key) => {
      try {
        shapeOf(en[key as keyof typeof en]);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });
});

describe.each(translated)('the %s file', (code) => {
  const text = fileText(code);
  const file = JSON.parse(text) as Record<string, LocaleFileEntry>;
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;

  it('has every English key, in English’s order, and no other', () => {
    expect(Object.keys(file)).toEqual(englishKeys);
  });

  it('names no key twice (JSON would quietly keep the last)', () => {
    const keys = [...text.matchAll(/^ {2}"([^"]+)": \{/gm)].map((m) => m[1]);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('has a message for every key', () => {
    expect(englishKeys.filter((key) => (file[key]?.message ?? '').trim() === '')).toEqual([]);
  });

  it('gives each message exactly the placeholders English gives', () => {
    const wrong = englishKeys.flatMap((key) => {
      const message = file[key]?.message ?? '';
      try {
        const ours = shapeOf(message).names.join();
        const english = shapeOf(en[key as keyof typeof en]).names.join();
        return ours === english ? [] : [`${key}: {${ours}} where English has {${english}}`];
      } catch (error) {
        return [`${key}: not valid ICU (${String(error)})`];
      }
    });
    expect(wrong).toEqual([]);
  });

  it(`writes every plural form the language has (${categories.join(', ')})`, () => {
    const lacking = englishKeys.flatMap((key) =>
      shapeOf(file[key]?.message ?? '').plurals.flatMap((plural) => {
        const forms = Object.keys(plural.options);
        // A plural of exact numbers only (the offer's one, two or three things) needs just its "other".
        const needed = forms.some((form) => form.startsWith('=')) ? ['other'] : categories;
        return needed.filter((form) => !forms.includes(form)).map((form) => `${key}: no "${form}"`);
      }),
    );
    expect(lacking).toEqual([]);
  });

  it('was translated from today’s English (run npm run i18n:sync -- --reviewed once a change is looked at)', () => {
    const stale = englishKeys.filter((key) => file[key]?.english !== en[key as keyof typeof en]);
    expect(stale).toEqual([]);
  });

  it('carries each key’s context note for its translators (npm run i18n:sync)', () => {
    expect(englishKeys.filter((key) => file[key]?.note !== notes[key])).toEqual([]);
  });
});
