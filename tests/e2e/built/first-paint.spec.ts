/**
 * The break window's first paint needs no round trip (issue #17): its page, served by Tend's scheme
 * handler as break.html, already holds the offer's markup and the view, so the offer is there before
 * any script runs; React then hydrates it without a mismatch and without asking main (break:current).
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseView, initialSessionState, offerView } from '../../../electron/core/break-session/index.ts';
import type { BreakKind } from '../../../electron/core/engine/index.ts';
import type { BreakView } from '../../../electron/core/ipc-contract.ts';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import { cspReports, serveBuiltRenderer, STAND_IN, watchForErrors } from './serve-built.ts';

const offer = (kinds: BreakKind[], theme: 'system' | 'dark' = 'system'): BreakView =>
  offerView({ settings: { ...defaultSettings(), offeredKinds: kinds, theme }, today: '2026-03-02', occasion: 'timed' });

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

  test('the look is on the page before any script: a dark theme paints dark at once', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await serveBuiltRenderer(page, offer(['breath', 'tea', 'kind'], 'dark'));
    await page.goto(`${STAND_IN}/break.html#/break`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark', { timeout: 15_000 });
    await context.close();
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
