/**
 * The message catalogue and the code agree: every key the code uses exists, every key the catalogue
 * defines is used somewhere, and no two sections define the same key. Keys are always written out in
 * full in the code (never built from pieces), which is what makes this check possible.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, enSections } from '../../../electron/core/i18n/en/index.ts';

const root = resolve(import.meta.dirname, '../../..');
const catalogueDir = join(root, 'electron/core/i18n/en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === catalogueDir ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = [...sourceFiles(join(root, 'electron')), ...sourceFiles(join(root, 'renderer'))];
const sources = files.map((f) => ({ file: relative(root, f), text: readFileSync(f, 'utf8') }));
const quoted = new Set(sources.flatMap(({ text }) => [...text.matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/g)].map((m) => m[1])));

describe('the message catalogue', () => {
  it('has a message for every key passed to t()', () => {
    const missing = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/\bt\(\s*['"`]([^'"`]+)['"`]/g)]
        .map((m) => m[1] ?? '')
        .filter((key) => !Object.hasOwn(en, key))
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('uses every key it defines somewhere in the app', () => {
    const unused = Object.keys(en).filter((key) => !quoted.has(key));
    expect(unused).toEqual([]);
  });

  it('never defines the same key in two sections', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [section, messages] of Object.entries(enSections)) {
      for (const key of Object.keys(messages)) {
        const other = seen.get(key);
        if (other) clashes.push(`${key} in ${other} and ${section}`);
        seen.set(key, section);
      }
    }
    expect(clashes).toEqual([]);
    expect(Object.keys(en)).toHaveLength(seen.size);
  });

  it('has no empty messages', () => {
    expect(Object.entries(en).filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});
