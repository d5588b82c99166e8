/**
 * The built renderer (out/, made by build:all before the unit tests) carries each language apart
 * (issue #20): the break route holds English only, and each other language is a chunk of its own, with
 * that language's messages and none of another's, loaded only when it is the active one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakRouteFiles, localeChunks } from '../../bench/metrics/bundle-size.ts';
import { messagesOfLocaleFile } from '../../electron/core/i18n/locale-file.ts';
import { localeCodes } from '../../electron/core/i18n/locales.ts';

const renderer = resolve(import.meta.dirname, '../../out/renderer');
const others = localeCodes.filter((code) => code !== 'en');
/** Each language's own word for the settings window's title, as its locale file has it. */
const titles = new Map(
  others.map((code) => {
    const file: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../electron/core/i18n/locales/${code}.json`), 'utf8'));
    return [code, messagesOfLocaleFile(file)['settings-ui.window-title'] ?? ''];
  }),
);

describe.skipIf(!existsSync(join(renderer, 'index.html')))('the languages in the built renderer', () => {
  const chunks = localeChunks(join(renderer, 'assets'), others);
  const route = breakRouteFiles(join(renderer, 'index.html')).map((file) => readFileSync(file, 'utf8'));

  it('has a chunk for every language but English', () => {
    expect([...chunks.keys()].sort()).toEqual([...others].sort());
  });

  it.each(others)('the break route holds no %s: it is loaded when that language is active', (code) => {
    const title = JSON.stringify(titles.get(code)).slice(1, -1);
    expect(title.length).toBeGreaterThan(3);
    expect(route.filter((text) => text.includes(title))).toEqual([]);
  });

  it.each(others)('the %s chunk holds its own messages, without their English or notes', (code) => {
    const text = readFileSync(chunks.get(code) ?? '', 'utf8');
    expect(text).toContain(JSON.stringify(titles.get(code)).slice(1, -1));
    expect(text).not.toContain('"note"');
    expect(text).not.toContain('"english"');
  });
});
