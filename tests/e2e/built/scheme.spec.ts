/**
 * The built renderer as the packaged app serves it: through Tend's scheme handler, under the production
 * CSP (a response header and the page's meta), every route paints with no console error. And why the
 * scheme exists, kept on record: the same build opened from file:// stays empty, because Chromium refuses
 * Vite's module scripts and crossorigin stylesheet on a file:// page (with Electron's
 * grantFileProtocolExtraPrivileges fuse off, file:// pages get no more than in a browser; PLATFORMS.md).
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cspReports, rendererDir, serveBuiltRenderer, STAND_IN, watchForErrors } from './serve-built.ts';

test.beforeAll(() => {
  expect(existsSync(join(rendererDir, 'index.html')), 'out/renderer is missing: run npm run build').toBe(true);
});

const routes = [
  { route: 'break', heading: 'A little pause?' },
  { route: 'grounding', heading: 'Feet on the floor' },
  { route: 'settings', heading: 'Settings' },
  { route: 'welcome', heading: /Tend/ },
  { route: 'home', heading: 'Tend' },
] as const;

for (const { route, heading } of routes) {
  test(`#/${route} paints through the scheme handler under the production CSP, with no console error`, async ({ page }) => {
    const errors = watchForErrors(page);
    const refused = await serveBuiltRenderer(page);
    const response = await page.goto(`${STAND_IN}/index.html#/${route}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 15_000 });
    // Whatever loads lazily (the settings chunk and its zod) has loaded and run by now.
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(await cspReports(page)).toEqual([]);
    expect(refused).toEqual([]);
  });
}

test('the same build opened from file:// stays empty: its module scripts and stylesheet are refused', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto(`${pathToFileURL(join(rendererDir, 'index.html')).href}#/break`);
  await page.waitForLoadState('load');
  // Give a script that might still run a moment, with the page's own clock (nothing of Tend's is timed here).
  await page.waitForTimeout(500);
  expect(await page.locator('#root').innerHTML()).toBe('');
  expect(errors.join('\n')).toMatch(/Cross origin requests are only supported for protocol schemes/);
});
