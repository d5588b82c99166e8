import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { breakRouteFiles } from '../../bench/metrics/bundle-size.ts';

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A small build as Vite lays it out: a page, its entry, and chunks that import each other. */
function build(files: Record<string, string>): string {
  folder = mkdtempSync(join(tmpdir(), 'tend-bundle-'));
  mkdirSync(join(folder, 'assets'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return join(folder, 'index.html');
}

const page = `<script type="module" crossorigin src="./assets/entry.js"></script>
<link rel="modulepreload" crossorigin href="./assets/helper.js"><link rel="stylesheet" href="./assets/page.css">`;

describe('the break route counted by the bundle-size bench', () => {
  it("holds the page's files, the app its entry imports after the first paint, and their static imports", () => {
    const html = build({
      'index.html': page,
      'assets/entry.js': 'import{t}from"./helper.js";await t(()=>import(`./start.js`))',
      'assets/helper.js': 'export const t=1',
      'assets/page.css': 'body{}',
      'assets/start.js': 'import{b}from"./bridge.js";const s=()=>import(`./settings.js`)',
      'assets/bridge.js': 'import"./side-effect.js";export const b=1',
      'assets/side-effect.js': '',
      'assets/settings.js': 'import"./settings-only.js"',
      'assets/settings-only.js': '',
    });
    const names = breakRouteFiles(html).map((f) => basename(f)).sort();
    expect(names).toEqual(['bridge.js', 'entry.js', 'helper.js', 'page.css', 'side-effect.js', 'start.js']);
  });

  it('counts a chunk two files import only once', () => {
    const html = build({
      'index.html': '<script type="module" src="./assets/entry.js"></script>',
      'assets/entry.js': 'import"./a.js";import"./b.js"',
      'assets/a.js': 'import"./shared.js"',
      'assets/b.js': 'import"./shared.js"',
      'assets/shared.js': '',
    });
    expect(breakRouteFiles(html).map((f) => basename(f))).toEqual(['entry.js', 'a.js', 'shared.js', 'b.js']);
  });
});
