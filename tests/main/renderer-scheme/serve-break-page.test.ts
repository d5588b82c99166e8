/**
 * tend://app/break.html through the real handler and a real folder (issue #17): the renderer page with
 * the break window's view inside, asked for as the page is served; the build's offer markups are read
 * once; a missing or damaged table costs only the early paint, never the page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../../electron/core/content-security-policy.ts';
import { FIRST_VIEW_ELEMENT_ID, OFFER_MARKUP_FILE } from '../../../electron/core/first-paint.ts';
import type { BreakView } from '../../../electron/core/ipc-contract.ts';
import { createRendererHandler } from '../../../electron/main/renderer-scheme/serve-renderer.ts';

const PAGE = '<!doctype html><html lang="en"><head><title>Tend</title></head><body><div id="root"></div></body></html>';
const offer: BreakView = { view: 'offer', kinds: ['kind'], look: { theme: 'dark', reducedMotion: 'system' } };
let base = '';

/** A renderer folder with index.html and, unless `markups` is null, the build's table. */
function folder(name: string, markups: string | null): string {
  const root = join(base, name);
  mkdirSync(join(root, 'first-paint'), { recursive: true });
  writeFileSync(join(root, 'index.html'), PAGE);
  if (markups !== null) writeFileSync(join(root, ...OFFER_MARKUP_FILE.split('/')), markups);
  return root;
}

/** A handler over `root` that shows `view` and counts how often the table is read. */
function handlerOf(root: string, view: BreakView | null) {
  const warnings: string[] = [];
  let tableReads = 0;
  const handle = createRendererHandler({
    root,
    warn: (line) => warnings.push(line),
    firstView: () => view,
    fs: {
      realpath: (path) => realpath(path),
      stat: (path) => stat(path),
      readFile: (path) => {
        if (path.endsWith('offer-markup.json')) tableReads++;
        return readFile(path);
      },
    },
  });
  return { handle, warnings, tableReads: () => tableReads };
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'tend-break-page-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the break window’s page', () => {
  it('is the renderer page with the view, the look and the offer’s markup inside, under the page CSP', async () => {
    const { handle, warnings } = handlerOf(folder('built', JSON.stringify({ kind: '<main>an offer</main>' })), offer);
    const response = await handle(new Request('tend://app/break.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    const page = await response.text();
    expect(page).toContain(`id="${FIRST_VIEW_ELEMENT_ID}">${JSON.stringify(offer)}</script>`);
    expect(page).toContain('<html data-theme="dark" lang="en">');
    expect(page).toContain('<div id="root"><main>an offer</main></div>');
    expect(warnings).toEqual([]);
  });

  it('reads the build’s table once, however many breaks are shown', async () => {
    const { handle, tableReads } = handlerOf(folder('once', JSON.stringify({ kind: '<main>x</main>' })), offer);
    for (let i = 0; i < 3; i++) expect((await handle(new Request('tend://app/break.html'))).status).toBe(200);
    expect(tableReads()).toBe(1);
  });

  it('with no view to show it is the page as built, and index.html is never changed', async () => {
    const plain = handlerOf(folder('plain', '{}'), null);
    expect(await (await plain.handle(new Request('tend://app/break.html'))).text()).toBe(PAGE);
    const withView = handlerOf(folder('index', '{}'), offer);
    expect(await (await withView.handle(new Request('tend://app/index.html'))).text()).toBe(PAGE);
  });

  it.each([
    ['missing', null, 'no first-paint/offer-markup.json'],
    ['damaged', '{"kind": ', 'first-paint/offer-markup.json is damaged'],
  ])('a %s table still serves the page with its view, and says why once', async (name, table, warning) => {
    const { handle, warnings } = handlerOf(folder(name, table), offer);
    for (let i = 0; i < 2; i++) {
      const page = await (await handle(new Request('tend://app/break.html'))).text();
      expect(page).toContain(`id="${FIRST_VIEW_ELEMENT_ID}"`);
      expect(page).toContain('<div id="root"></div>');
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(warning);
  });

  it('only the top-level break.html is the break page: a nested one is a plain missing file', async () => {
    const { handle } = handlerOf(folder('nested', '{}'), offer);
    expect((await handle(new Request('tend://app/assets/break.html'))).status).toBe(404);
  });
});
