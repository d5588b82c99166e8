/**
 * What a user of the installed app sees, checked through its pages only: Tend starts, `tend --settings`
 * and `tend --break tea` from a second process open their windows on Tend's own origin, painted, with
 * no console errors, and the pages have the bridge and no Node. Project `packaged` runs these against
 * `npm run dist`'s unpacked build in release/ (fuses flipped, app.asar, no TEND_E2E); project `dev`
 * runs the same journeys against out/ (see launch-packaged.ts for why this is not `_electron.launch`).
 */
import { expect, type Page } from '@playwright/test';
import { RENDERER_ORIGIN } from '../../../electron/core/app-identity.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import { startTend, test } from './launch-packaged.ts';

// A cold start of a packaged app on a hosted runner (Windows Defender scans it first) takes a while.
test.describe.configure({ timeout: 90_000 });

/** What the page functions below read (the node project that type-checks tests/e2e has no DOM types). */
interface PageSide {
  location: { origin: string };
  document: { querySelectorAll: (selector: string) => ArrayLike<{ sheet: { href: string | null } | null }> };
}

/** Which Node and Tend globals the page can see. */
function pageGlobals(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const g = globalThis as Record<string, unknown>;
    return {
      require: typeof g['require'],
      process: typeof g['process'],
      module: typeof g['module'],
      Buffer: typeof g['Buffer'],
      tend: typeof g['tend'],
    };
  });
}

/** Waits for the page's load event, then checks that it links a stylesheet and every one loaded from Tend's origin. */
async function expectStylesheetsLoaded(page: Page): Promise<void> {
  await page.waitForLoadState('load', { timeout: 15_000 });
  const sheets = await page.evaluate((origin) => {
    const links = Array.from(
      (globalThis as unknown as PageSide).document.querySelectorAll('link[rel="stylesheet"]'),
    );
    // A stylesheet that was blocked or failed to load has no sheet.
    return {
      links: links.length,
      loaded: links.filter((link) => link.sheet?.href?.startsWith(`${origin}/`) === true).length,
    };
  }, RENDERER_ORIGIN);
  expect(sheets.links, 'the page links its stylesheet').toBeGreaterThan(0);
  expect(sheets.loaded, `every stylesheet loaded from ${RENDERER_ORIGIN}`).toBe(sheets.links);
}

const noNode = {
  require: 'undefined',
  process: 'undefined',
  module: 'undefined',
  Buffer: 'undefined',
  tend: 'object',
};

test('Tend starts: a fresh profile gets the welcome window on tend://app, and a packaged build opens no Node inspector', async ({
  build,
}) => {
  // --inspect=0 is what `_electron.launch` depends on; the packaged build's nodeCliInspect fuse is off.
  const tend = await startTend(build, { firstRun: true, switches: ['--inspect=0'] });
  try {
    const welcome = await tend.page('welcome');
    expect(welcome.url()).toBe(`${RENDERER_ORIGIN}/index.html#/welcome`);
    await expect(welcome.getByRole('heading', { level: 1, name: t('welcome.title') })).toBeVisible({
      timeout: 15_000,
    });
    // The welcome window may have loaded before the connection, so its console is not checked here.
    await expectStylesheetsLoaded(welcome);
    if (build.kind === 'packaged') expect(tend.stderr()).not.toContain('Debugger listening on');
    else expect(tend.stderr()).toContain('Debugger listening on ws://');
  } finally {
    await tend.close();
  }
});

test('`tend --settings` from a second instance opens the settings window on tend://app, painted, with no console errors', async ({
  build,
}) => {
  const tend = await startTend(build);
  try {
    await tend.secondInstance(['--settings']);
    const page = await tend.page('settings');
    expect(page.url()).toBe(`${RENDERER_ORIGIN}/index.html#/settings`);
    // Chromium's idea of the origin (Node's URL calls any non-special scheme's origin "null").
    expect(await page.evaluate(() => (globalThis as unknown as PageSide).location.origin)).toBe(
      RENDERER_ORIGIN,
    );
    await expect(page.getByRole('heading', { level: 1, name: t('settings-ui.title') })).toBeVisible({
      timeout: 15_000,
    });
    await expectStylesheetsLoaded(page);
    expect(await pageGlobals(page)).toEqual(noNode);
    expect(tend.pageErrors).toEqual([]);
  } finally {
    await tend.close();
  }
});

test('`tend --break tea` from a second instance opens the break window painting its first view; the page has window.tend and no Node', async ({
  build,
}) => {
  const tend = await startTend(build);
  try {
    await tend.secondInstance(['--break', 'tea']);
    const page = await tend.page('break');
    // The break window's page carries its first view (issue #17: serve-renderer.ts, first-view-page.ts).
    expect(page.url()).toBe(`${RENDERER_ORIGIN}/break.html#/break`);
    expect(await page.evaluate(() => (globalThis as unknown as PageSide).location.origin)).toBe(
      RENDERER_ORIGIN,
    );
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('button', { name: t('break.tea.back') })).toBeVisible({ timeout: 15_000 });
    await expectStylesheetsLoaded(page);
    expect(await pageGlobals(page)).toEqual(noNode);
    expect(tend.pageErrors).toEqual([]);
  } finally {
    await tend.close();
  }
});
