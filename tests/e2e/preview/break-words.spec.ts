/**
 * The words and controls of the break and grounding windows say what they do (issue #18): Kind words is
 * named for what it opens in gentle mode, "Not now" and "Skip" each say what they do, the screen-reader
 * switch is named plainly and kept out of sight until the keyboard reaches it, Back never drops focus,
 * "This doesn't feel right" sits in one place on every prompt, and the fallback's first words fit the
 * prompt it was pressed on.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, notRightName, openWindow, windowSize, type PageGlobals } from './preview-support.ts';

const wait = { timeout: 15_000 };
const groundingSize = { width: 380, height: 300 };

/** The offer's choice buttons, in order. */
const choices = (page: Page): Locator => page.locator('.offer-choices button');

/** Whether `locator` takes up no more than a pixel (clipped): present for screen readers, out of sight. */
async function outOfSight(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box === null || (box.width <= 1 && box.height <= 1);
}

test.describe('the offer says what each choice does', () => {
  test('in gentle mode Kind words is named for the small action it opens, and opens just that', async ({ page }) => {
    await openWindow(page, 'gentle=1');
    await expect(choices(page).nth(2)).toContainText('Something simple', wait);
    await expect(choices(page).nth(2)).toContainText('a small action', wait);
    await expect(page.getByText('Kind words')).toHaveCount(0, wait);
    await expect(page.getByText('a gentle phrase')).toHaveCount(0, wait);
    await choices(page).nth(2).click();
    await expect(page.locator('main.care')).toBeVisible(wait);
    await expect(page.getByTestId('phrase')).toHaveCount(0, wait);
  });

  test('on an ordinary day Kind words is named so and opens a phrase', async ({ page }) => {
    await openWindow(page);
    await expect(choices(page).nth(2)).toContainText('Kind wordsa gentle phrase', wait);
    await choices(page).nth(2).click();
    await expect(page.getByTestId('phrase')).toBeVisible(wait);
  });

  test('Not now and Skip each say what they do, on screen and to screen readers', async ({ page }) => {
    await openWindow(page);
    await expect(page.getByRole('button', { name: 'Not now' })).toHaveAccessibleDescription('Not now: again in 5 min', wait);
    await expect(page.getByRole('button', { name: 'Skip' })).toHaveAccessibleDescription('Skip: until the next break', wait);
    const hints = page.getByTestId('quiet-hints');
    await expect(hints).toBeVisible(wait);
    await expect(hints).toBeInViewport({ ratio: 1, timeout: 15_000 });
    await expect(hints).toHaveText('Not now: again in 5 min · Skip: until the next break', wait);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the gentle offer with its hints has no axe violations, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openWindow(page, 'gentle=1');
      await expect(page.getByTestId('quiet-hints')).toBeVisible(wait);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('the screen-reader switch', () => {
  for (const { where, query, route, name, size } of [
    { where: 'breath', query: 'open=breath&intro=seen', route: 'break', name: 'Screen reader: say each breath in and out', size: windowSize },
    { where: 'grounding', query: '', route: 'grounding', name: 'Screen reader: say each new step', size: groundingSize },
  ] as const) {
    test(`in ${where} is named plainly, last by keyboard, and seen only when focused`, async ({ page }) => {
      await openWindow(page, query, route);
      await page.setViewportSize(size);
      await expect(page.getByText(/Announce/)).toHaveCount(0, wait);
      const toggle = page.getByRole('button', { name });
      await expect(toggle).toHaveAttribute('aria-pressed', 'true', wait);
      const place = page.getByTestId('screen-reader-switch');
      expect(await outOfSight(place)).toBe(true);
      // Last in the tab order: the prompt's own controls all come before it.
      const last = page.locator('main button').last();
      await expect(last).toHaveAccessibleName(name, wait);
      await toggle.focus();
      await expect(toggle).toBeFocused(wait);
      await expect(toggle).toBeInViewport({ ratio: 1, timeout: 15_000 });
      expect(await outOfSight(place)).toBe(false);
      await page.keyboard.press('Space');
      await expect(toggle).toHaveAttribute('aria-pressed', 'false', wait);
    });
  }
});

test.describe('focus in grounding', () => {
  test('Back reaching the first step keeps focus on Back; nothing drops to the page', async ({ page }) => {
    await openWindow(page, '', 'grounding');
    await page.setViewportSize(groundingSize);
    await page.keyboard.press('Enter');
    await expect(page.getByText('Step 2 of 6')).toBeVisible(wait);
    const back = page.getByRole('button', { name: 'Back' });
    await back.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Step 1 of 6')).toBeVisible(wait);
    await expect(back).toBeFocused(wait);
    await expect(back).toHaveAttribute('aria-disabled', 'true', wait);
    const onPage = await page.evaluate(() => {
      const { document } = globalThis as unknown as PageGlobals;
      return document.activeElement === null || document.activeElement === document.body;
    });
    expect(onPage).toBe(false);
    // Pressed again on the first step it does nothing, and focus still stays.
    await page.keyboard.press('Enter');
    await expect(page.getByText('Step 1 of 6')).toBeVisible(wait);
    await expect(back).toBeFocused(wait);
    await expectNoAxeViolations(page);
  });
});

test.describe('"This doesn\'t feel right" has one place', () => {
  const prompts = [
    { prompt: 'breath', query: 'open=breath&intro=seen', route: 'break', size: windowSize },
    { prompt: 'tea', query: 'open=tea', route: 'break', size: windowSize },
    { prompt: 'kind words', query: 'open=kind', route: 'break', size: windowSize },
    { prompt: 'a care action', query: 'open=kind&gentle=1', route: 'break', size: windowSize },
    { prompt: 'grounding', query: '', route: 'grounding', size: groundingSize },
  ] as const;

  test('bottom left, first in its row, on every prompt', async ({ page }) => {
    const lefts: number[] = [];
    for (const { query, route, size } of prompts) {
      await openWindow(page, query, route);
      await page.setViewportSize(size);
      const link = page.getByRole('button', { name: notRightName });
      await expect(link).toBeInViewport({ ratio: 1, timeout: 15_000 });
      const box = await link.boundingBox();
      if (!box) throw new Error('no box');
      lefts.push(Math.round(box.x));
      // In the bottom band of the window, at the start of the foot row.
      expect(box.y + box.height).toBeGreaterThan(size.height - 48);
      expect(box.x).toBeLessThan(size.width / 4);
      await expect(page.locator('.foot-row button').first()).toHaveAccessibleName(notRightName, wait);
    }
    expect(new Set(lefts).size).toBe(1);
  });
});

test.describe('the fallback fits where the user came from', () => {
  for (const { prompt, query, route, words } of [
    { prompt: 'kind words', query: 'open=kind', route: 'break', words: /Kindness can stir up old feelings/ },
    { prompt: 'breath', query: 'open=breath&intro=seen', route: 'break', words: /Paying attention to the breath/ },
    { prompt: 'grounding', query: '', route: 'grounding', words: /Slowing down can stir up old feelings/ },
  ] as const) {
    test(`after ${prompt}`, async ({ page }) => {
      await openWindow(page, query, route);
      await page.getByRole('button', { name: notRightName }).click();
      await expect(page.getByRole('heading', { name: words })).toBeFocused(wait);
      if (prompt !== 'kind words') await expect(page.getByText(/Kindness/)).toHaveCount(0, wait);
      await expect(page.getByText('Keeping things simple until tomorrow: small things to do instead of kind words.')).toBeVisible(wait);
      await expect(page.getByText(/Change anytime/)).toHaveCount(0, wait);
    });
  }
});
