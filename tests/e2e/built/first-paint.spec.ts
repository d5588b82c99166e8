/**
 * The break window's first paint needs no round trip (issue #17): its page, served by Tend's scheme
 * handler as break.html, already holds the offer's markup and the view, so the offer is there before
 * any script runs; React then hydrates it without a mismatch and without asking main (break:current).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chooseView, initialSessionState, notRight, offerView } from '../../../electron/core/break-session/index.ts';
import type { BreakKind } from '../../../electron/core/engine/index.ts';
import type { BreakView } from '../../../electron/core/ipc-contract.ts';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import { messagesOfLocaleFile } from '../../../electron/core/i18n/locale-file.ts';
import { cspReports, root, serveBuiltRenderer, STAND_IN, watchForErrors } from './serve-built.ts';

const offer = (kinds: BreakKind[], theme: 'system' | 'dark' = 'system'): BreakView =>
  offerView({ settings: { ...defaultSettings(), offeredKinds: kinds, theme }, today: '2026-03-02', occasion: 'timed' });

/** The offer in gentle mode (Kind words opens a small action) with the user's own 12-minute snooze. */
function gentleOffer(): BreakView {
  const ctx = { settings: { ...defaultSettings(), snoozeMin: 12 }, today: '2026-03-02', occasion: 'timed' } as const;
  return offerView(ctx, notRight(initialSessionState('2026-03-02'), ctx, 'kind').state);
}

/** The channels the page has asked the demo bridge, in order. */
function demoChannels(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { tendDemo: { log: { channel: string }[] } }).tendDemo.log.map((e) => e.channel));
}

const labels: Record<BreakKind, string> = { breath: 'Breathe', tea: 'Tea', kind: 'Kind words' };

test.describe('the offer paints from the page itself', () => {
  for (const kinds of [['breath', 'tea', 'kind'], ['tea', 'breath'], ['kind']] as BreakKind[][]) {
    test(`with scripts off, the offer of ${kinds.join(', ')} is already on the page, in order`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 380, height: 260 } });
      const page = await context.newPage();
      await serveBuiltRenderer(page, offer(kinds));
      await page.goto(`${STAND_IN}/break.html#/break`);
      await expect(page.getByRole('heading', { level: 1, name: 'A little pause?' })).toBeVisible({ timeout: 15_000 });
      const choices = page.locator('.choice-label');
      await expect(choices).toHaveText(kinds.map((k) => labels[k]));
      await context.close();
    });
  }

  test('with scripts off, the gentle offer names what Kind words opens and the user’s snooze minutes', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 380, height: 260 } });
    const page = await context.newPage();
    await serveBuiltRenderer(page, gentleOffer());
    await page.goto(`${STAND_IN}/break.html#/break`);
    await expect(page.locator('.choice-label')).toHaveText(['Breathe', 'Tea', 'Something simple'], { timeout: 15_000 });
    await expect(page.getByTestId('quiet-hints')).toHaveText('Not now: again in 12 min · Skip: until the next break', { timeout: 15_000 });
    await context.close();
  });

  test('React takes the gentle offer over with no mismatch: the words it paints are the words it renders', async ({ page }) => {
    const errors = watchForErrors(page);
    await serveBuiltRenderer(page, gentleOffer());
    await page.goto(`${STAND_IN}/break.html#/break`);
    await expect(page.getByRole('heading', { level: 1, name: 'A little pause?' })).toBeVisible({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('button', { name: 'Not now' })).toHaveAccessibleDescription('Not now: again in 12 min', { timeout: 15_000 });
    // Hydrated: the choice keys work (what opens is the stand-in bridge's own session, not gentle here).
    await page.keyboard.press('3');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('A little pause?', { timeout: 15_000 });
    expect(await demoChannels(page)).not.toContain('break:current');
    expect(errors).toEqual([]);
  });

  test('the look is on the page before any script: a dark theme paints dark at once', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await serveBuiltRenderer(page, offer(['breath', 'tea', 'kind'], 'dark'));
    await page.goto(`${STAND_IN}/break.html#/break`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark', { timeout: 15_000 });
    await context.close();
  });

  test("the offer's entrance follows Tend's reduced-motion setting before any script: the choices are simply there", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    const still = offerView({ settings: { ...defaultSettings(), reducedMotion: 'on' }, today: '2026-03-02', occasion: 'timed' });
    await serveBuiltRenderer(page, still);
    await page.goto(`${STAND_IN}/break.html#/break`);
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce', { timeout: 15_000 });
    await expect(page.locator('.choice').first()).toHaveCSS('animation-name', 'none', { timeout: 15_000 });
    await context.close();
  });

  test('without reduced motion the painted offer has its entrance, and its drawings, before any script', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await serveBuiltRenderer(page, offer(['breath', 'tea', 'kind']));
    await page.goto(`${STAND_IN}/break.html#/break`);
    await expect(page.locator('.choice').first()).toHaveCSS('animation-name', 'tend-offer-in', { timeout: 15_000 });
    await expect(page.locator('.choice svg[aria-hidden="true"]')).toHaveCount(3, { timeout: 15_000 });
    await context.close();
  });

  test('the stylesheet comes inside the page, allowed by its hash alone: styled before any script, nothing refused', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await serveBuiltRenderer(page, offer(['breath', 'tea', 'kind'], 'dark'));
    const response = await page.goto(`${STAND_IN}/break.html#/break`);
    await expect(page.getByRole('heading', { level: 1, name: 'A little pause?' })).toBeVisible({ timeout: 15_000 });
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
    expect(await page.locator('head style').count()).toBe(1);
    expect(response?.headers()['content-security-policy']).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    // The dark theme's background, which only the stylesheet gives: the inline style was applied.
    expect(await page.evaluate<string>('getComputedStyle(document.body).backgroundColor')).toBe('rgb(31, 34, 32)');
    await context.close();
  });

  test('an inline style the page did not come with is still refused', async ({ page }) => {
    await serveBuiltRenderer(page, offer(['breath', 'tea', 'kind']));
    await page.goto(`${STAND_IN}/break.html#/break`);
    await expect(page.getByRole('heading', { level: 1, name: 'A little pause?' })).toBeVisible({ timeout: 15_000 });
    // Strings, since this file type-checks without the DOM's types.
    const color = 'getComputedStyle(document.body).color';
    const before = await page.evaluate<string>(color);
    await page.evaluate(`(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: rgb(255, 0, 0) !important; }';
      document.head.append(style);
    })()`);
    // One report per policy that refuses it (the header's and the meta tag's), and nothing else refused.
    await expect.poll(() => cspReports(page), { timeout: 15_000 }).toContain('style-src-elem inline');
    expect(new Set(await cspReports(page))).toEqual(new Set(['style-src-elem inline']));
    expect(await page.evaluate<string>(color)).toBe(before);
  });

  test('React takes the painted offer over with no mismatch and no break:current, and it works', async ({ page }) => {
    const errors = watchForErrors(page);
    const refused = await serveBuiltRenderer(page, offer(['tea', 'breath']));
    await page.goto(`${STAND_IN}/break.html#/break`);
    await expect(page.getByRole('heading', { level: 1, name: 'A little pause?' })).toBeVisible({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    // Hydrated: the keyboard's choice numbers work, which only React's listeners give.
    await page.keyboard.press('2');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('A little pause?', { timeout: 15_000 });
    const asked = await demoChannels(page);
    expect(asked).not.toContain('break:current');
    expect(asked).toContain('break:choose');
    expect(errors).toEqual([]);
    expect(await cspReports(page)).toEqual([]);
    expect(refused).toEqual([]);
  });

  test('in Arabic, the page paints the Arabic offer right to left, and React takes it over with no mismatch', async ({ page }) => {
    const errors = watchForErrors(page);
    await serveBuiltRenderer(page, offer(['breath', 'tea', 'kind']), 'ar');
    await page.goto(`${STAND_IN}/break.html#/break`);
    const title = messagesOfLocaleFile(JSON.parse(readFileSync(resolve(root, 'electron/core/i18n/locales/ar.json'), 'utf8')))['offer.title'] ?? '';
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('2');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title, { timeout: 15_000 });
    expect(errors).toEqual([]);
  });

  test('a prompt started from the tray opens as itself: no offer flashes first, no break:current', async ({ page }) => {
    const errors = watchForErrors(page);
    const tea = chooseView('tea', initialSessionState('2026-03-02'), { settings: defaultSettings(), today: '2026-03-02', occasion: 'manual' }, () => 0.5).view;
    await serveBuiltRenderer(page, tea);
    await page.goto(`${STAND_IN}/break.html#/break`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('A little pause?')).toHaveCount(0);
    const asked = await demoChannels(page);
    expect(asked).not.toContain('break:current');
    expect(errors).toEqual([]);
  });
});
