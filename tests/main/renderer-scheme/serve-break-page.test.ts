/**
 * tend://app/break.html through the real handler and a real folder (issue #17): the renderer page with
 * the break window's view inside, asked for as the page is served; the build's offer markups are read
 * once; a missing or damaged table costs only the early paint, never the page.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../../electron/core/content-security-policy.ts';
import { FIRST_VIEW_ELEMENT_ID, offerMarkupFile } from '../../../electron/core/first-paint.ts';
import type { LocaleCode } from '../../../electron/core/i18n/locales.ts';
import type { BreakView } from '../../../electron/core/ipc-contract.ts';
import { createRendererHandler } from '../../../electron/main/renderer-scheme/serve-renderer.ts';

const PAGE = '<!doctype html><html lang="en"><head><title>Tend</title></head><body><div id="root"></div></body></html>';
const offer: BreakView = { view: 'offer', kinds: ['kind'], kindOpens: 'kind', snoozeMin: 5, look: { theme: 'dark', reducedMotion: 'system' } };
let base = '';

/** A page as Tend serves it in English: the build's, with English's direction beside its lang. */
const inEnglish = (page: string): string => page.replace('<html lang="en">', '<html lang="en" dir="ltr">');

/** A renderer folder with index.html and, unless `markups` is null, the build's table (in `locale`). */
function folder(name: string, markups: string | null, locale: LocaleCode = 'en'): string {
  const root = join(base, name);
  mkdirSync(join(root, 'first-paint'), { recursive: true });
  writeFileSync(join(root, 'index.html'), PAGE);
  if (markups !== null) writeFileSync(join(root, ...offerMarkupFile(locale).split('/')), markups);
  return root;
}

/** A handler over `root` that shows `view` in `language` and counts how often the table is read. */
function handlerOf(root: string, view: BreakView | null, language: () => LocaleCode = () => 'en') {
  const warnings: string[] = [];
  let tableReads = 0;
  const handle = createRendererHandler({
    root,
    warn: (line) => warnings.push(line),
    firstView: () => view,
    language,
    fs: {
      realpath: (path) => realpath(path),
      stat: (path) => stat(path),
      readFile: (path) => {
        if (path.endsWith('offer-markup.en.json')) tableReads++;
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
    expect(page).toContain('<html data-theme="dark" lang="en" dir="ltr">');
    expect(page).toContain('<div id="root"><main>an offer</main></div>');
    expect(warnings).toEqual([]);
  });

  it('reads the build’s table once, however many breaks are shown', async () => {
    const { handle, tableReads } = handlerOf(folder('once', JSON.stringify({ kind: '<main>x</main>' })), offer);
    for (let i = 0; i < 3; i++) expect((await handle(new Request('tend://app/break.html'))).status).toBe(200);
    expect(tableReads()).toBe(1);
  });

  it('with no view to show it is the page as built in Tend’s language, and index.html carries no view', async () => {
    const plain = handlerOf(folder('plain', '{}'), null);
    expect(await (await plain.handle(new Request('tend://app/break.html'))).text()).toBe(inEnglish(PAGE));
    const withView = handlerOf(folder('index', '{}'), offer);
    expect(await (await withView.handle(new Request('tend://app/index.html'))).text()).toBe(inEnglish(PAGE));
  });

  it.each<[LocaleCode, string]>([
    ['de', 'ltr'],
    ['ar', 'rtl'],
  ])('in %s, every page says so with its direction (%s), and the offer is the %s build’s markup', async (locale, dir) => {
    const root = folder(`in-${locale}`, JSON.stringify({ kind: `<main>offer in ${locale}</main>` }), locale);
    let language: LocaleCode = 'en';
    const { handle } = handlerOf(root, offer, () => language);
    language = locale;
    const page = await (await handle(new Request('tend://app/break.html'))).text();
    expect(page).toContain(`<html data-theme="dark" lang="${locale}" dir="${dir}">`);
    expect(page).toContain(`<div id="root"><main>offer in ${locale}</main></div>`);
    expect(await (await handle(new Request('tend://app/index.html'))).text()).toContain(`<html lang="${locale}" dir="${dir}">`);
  });

  it.each([
    ['missing', null, 'no first-paint/offer-markup.en.json'],
    ['damaged', '{"kind": ', 'first-paint/offer-markup.en.json is damaged'],
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

/** A built page as Vite writes it: the policy in a meta tag and one linked stylesheet. */
const BUILT = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP}" /><title>Tend</title><script type="module" crossorigin src="./assets/index-1.js"></script><link rel="stylesheet" crossorigin href="./assets/index-1.css"></head><body><div id="root"></div></body></html>`;
const CSS = ':root{--bg:#fbf8f3}body{background:var(--bg)}';
const hashOf = (css: string): string => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

/** A built folder with that page and, unless `css` is null, its stylesheet. */
function builtFolder(name: string, css: string | null): string {
  const root = folder(name, JSON.stringify({ kind: '<main>an offer</main>' }));
  writeFileSync(join(root, 'index.html'), BUILT);
  mkdirSync(join(root, 'assets'), { recursive: true });
  if (css !== null) writeFileSync(join(root, 'assets', 'index-1.css'), css);
  return root;
}

describe('the break page’s stylesheet', () => {
  it('comes inside the page, and the policy in the header and the meta tag allows that text alone', async () => {
    const { handle } = handlerOf(builtFolder('inline', CSS), offer);
    const response = await handle(new Request('tend://app/break.html'));
    const page = await response.text();
    expect(page).toContain(`<style>${CSS}</style>`);
    expect(page).not.toContain('rel="stylesheet"');
    const policy = RENDERER_CSP.replace("style-src 'self'", `style-src 'self' ${hashOf(CSS)}`);
    expect(response.headers.get('content-security-policy')).toBe(policy);
    expect(page).toContain(`content="${policy}"`);
    expect(page).not.toContain(`content="${RENDERER_CSP}"`);
  });

  it('stays linked on every other page, and on the break page when it has no view', async () => {
    const { handle } = handlerOf(builtFolder('other', CSS), offer);
    const index = await handle(new Request('tend://app/index.html'));
    expect(await index.text()).toBe(inEnglish(BUILT));
    expect(index.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    const plain = handlerOf(builtFolder('no-view', CSS), null);
    expect(await (await plain.handle(new Request('tend://app/break.html'))).text()).toBe(inEnglish(BUILT));
  });

  it.each([
    ['that could end its element', `${CSS}</style><script>x</script>`],
    ['that cannot be read', null],
  ])('stays linked, under the plain policy, for a stylesheet %s', async (_case, css) => {
    const { handle } = handlerOf(builtFolder(`kept-${css === null ? 'missing' : 'unsafe'}`, css), offer);
    const response = await handle(new Request('tend://app/break.html'));
    const page = await response.text();
    expect(page).toContain('<link rel="stylesheet" crossorigin href="./assets/index-1.css">');
    expect(page).not.toContain('<style>');
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(page).toContain(`id="${FIRST_VIEW_ELEMENT_ID}"`);
  });

  it('stays linked when the page’s own policy is not Tend’s, so no hash is ever added to a policy it did not check', async () => {
    const root = builtFolder('other-policy', CSS);
    writeFileSync(join(root, 'index.html'), BUILT.replace(RENDERER_CSP, "default-src 'self'"));
    const response = await handlerOf(root, offer).handle(new Request('tend://app/break.html'));
    const page = await response.text();
    expect(page).toContain('rel="stylesheet"');
    expect(page).not.toContain('sha256-');
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
  });

  it('is read once, however many breaks are shown', async () => {
    const root = builtFolder('read-once', CSS);
    let reads = 0;
    const handle = createRendererHandler({
      root,
      warn: () => undefined,
      firstView: () => offer,
      fs: {
        realpath: (path) => realpath(path),
        stat: (path) => stat(path),
        readFile: (path) => {
          if (path.endsWith('.css')) reads++;
          return readFile(path);
        },
      },
    });
    for (let i = 0; i < 3; i++) expect(await (await handle(new Request('tend://app/break.html'))).text()).toContain('<style>');
    expect(reads).toBe(1);
  });
});
