/**
 * Every screen in light and dark: axe finds nothing, the strict CSP reports nothing, and a screenshot is
 * kept as a test artifact (test-results/preview/…). Reduced motion shows the still pacer.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  cspViolations,
  expectNoAxeViolations,
  keepRealTimersForAxe,
  notRightName,
  openWindow,
  saveScreenshot,
  type PageGlobals,
} from './preview-support.ts';

interface ScreenCase {
  name: string;
  query: string;
  route?: 'break' | 'grounding';
  reach?: (page: Page) => Promise<void>;
  heading: string | RegExp;
  /** Hold the page's timers still (the close dismisses itself after a moment). */
  holdTime?: boolean;
}

const screens: ScreenCase[] = [
  { name: 'offer', query: '', heading: 'A little pause?' },
  { name: 'breath', query: 'open=breath', heading: 'Easy breathing' },
  { name: 'breath-reduced-motion', query: 'open=breath&motion=reduce&intro=seen', heading: 'Easy breathing' },
  {
    name: 'breath-box-holds',
    query: 'open=breath&pattern=breath.box-4&intro=seen',
    heading: 'Box breathing',
  },
  { name: 'breath-unpaced', query: 'open=breath&pattern=breath.natural', heading: 'Just notice' },
  {
    name: 'tea',
    query: 'open=tea',
    heading: /\w/,
    reach: (page) => page.getByRole('button', { name: 'Start a 3-minute timer' }).click(),
  },
  { name: 'kind-words', query: 'open=kind', heading: /\w/ },
  {
    name: 'kind-words-kept',
    query: 'open=kind',
    heading: /\w/,
    reach: (page) => page.getByRole('button', { name: /Keep this one/ }).click(),
  },
  { name: 'care', query: 'open=kind&gentle=1', heading: /\w/ },
  { name: 'grounding', query: '', route: 'grounding', heading: 'Feet on the floor' },
  {
    name: 'fallback',
    query: 'open=kind',
    heading: /That happens/,
    reach: (page) => page.getByRole('button', { name: notRightName }).click(),
  },
  {
    name: 'needs-check-in',
    query: 'open=kind',
    heading: 'Anything you need right now?',
    reach: async (page) => {
      await page.getByRole('button', { name: notRightName }).click();
      await page.getByRole('button', { name: 'Anything you need right now?' }).click();
    },
  },
  {
    name: 'closing',
    query: 'open=tea',
    heading: "That's it for now.",
    holdTime: true,
    reach: (page) => page.getByRole('button', { name: "I'm back" }).click(),
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`every screen, ${colorScheme}`, () => {
    test.use({ colorScheme });
    for (const s of screens) {
      test(`${s.name}: no axe violations, no CSP reports, screenshot kept`, async ({ page }, testInfo) => {
        if (s.holdTime) {
          await keepRealTimersForAxe(page);
          await page.clock.install();
        }
        await openWindow(page, s.query, s.route);
        if (s.holdTime) await page.clock.pauseAt(Date.now() + 1000);
        await s.reach?.(page);
        await expect(page.getByRole('heading', { level: 1, name: s.heading })).toBeVisible();
        // Let the close's fade-in (a CSS animation, on real time) finish before photographing and measuring.
        await page.waitForTimeout(500);
        await saveScreenshot(page, testInfo, `${s.name}-${colorScheme}`);
        // The clock stays held while axe measures: the close would otherwise dismiss itself mid-run on a
        // slow machine, and no test may race the app's own timers.
        await expectNoAxeViolations(page);
        await expect(page.getByRole('heading', { level: 1, name: s.heading })).toBeVisible();
        expect(await cspViolations(page)).toEqual([]);
      });
    }

    test('the theme setting wins over the system', async ({ page }, testInfo) => {
      const other = colorScheme === 'light' ? 'dark' : 'light';
      await openWindow(page, `open=kind&theme=${other}`);
      const bg = await page.evaluate(() => {
        const g = globalThis as unknown as PageGlobals;
        return g.getComputedStyle(g.document.body).backgroundColor;
      });
      expect(bg).toBe(other === 'dark' ? 'rgb(31, 34, 32)' : 'rgb(251, 248, 243)');
      await expectNoAxeViolations(page);
      await saveScreenshot(page, testInfo, `kind-words-theme-${other}-on-${colorScheme}`);
    });
  });
}

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('shows a still circle that only changes its opacity, the word and a count', async ({ page }) => {
    await openWindow(page, 'open=breath');
    const pacer = page.getByTestId('pacer');
    await expect(pacer).toHaveAttribute('data-mode', 'calm');
    await expect(page.getByTestId('phase-count')).toBeVisible();
    const sample = () =>
      pacer.evaluate((el) => {
        const s = (globalThis as unknown as PageGlobals).getComputedStyle(el);
        return { transform: s.transform, opacity: Number(s.opacity) };
      });
    const a = await sample();
    await page.waitForTimeout(1500);
    const b = await sample();
    expect(b.transform).toBe(a.transform);
    expect(b.opacity).not.toBe(a.opacity);
  });

  test('without reduced motion the circle grows on the in-breath', async ({ browser }) => {
    const page = await browser.newPage({ reducedMotion: 'no-preference' });
    await openWindow(page, 'open=breath');
    const scale = () =>
      page.getByTestId('pacer').evaluate((el) => {
        const g = globalThis as unknown as PageGlobals;
        return new g.DOMMatrix(g.getComputedStyle(el).transform).a;
      });
    const a = await scale();
    await page.waitForTimeout(1200);
    const b = await scale();
    expect(b).toBeGreaterThan(a);
    await page.close();
  });
});
