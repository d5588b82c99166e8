/** The break window's journeys with a mouse, in real Chromium against the preview. */
import { expect, test } from '@playwright/test';
import {
  channels,
  closingName,
  normaliseName,
  notRightName,
  openWindow,
  runClock,
  type PageGlobals,
} from './preview-support.ts';

test.describe('journeys through the break window', () => {
  test('offer → breath → the kind close, which dismisses itself', async ({ page }) => {
    await page.clock.install();
    await openWindow(page);
    await page.getByRole('button', { name: /Breathe/ }).click();
    await expect(page.getByRole('heading', { name: 'Easy breathing' })).toBeVisible();
    await expect(page.getByTestId('phase-word')).toHaveText('Breathe in');
    await runClock(page, 4000);
    await expect(page.getByTestId('phase-word')).toHaveText('Breathe out');
    await runClock(page, 56_000);
    await expect(page.getByRole('heading', { name: closingName })).toBeVisible();
    await runClock(page, 3000);
    expect(await channels(page)).toEqual(['break:current', 'window:activate', 'break:choose', 'break:done']);
  });

  test('offer → tea → I am back', async ({ page }) => {
    await openWindow(page);
    await page.getByRole('button', { name: /Tea/ }).click();
    await page.getByRole('button', { name: "I'm back" }).click();
    await expect(page.getByRole('heading', { name: closingName })).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await channels(page)).toContain('break:done');
  });

  test('offer → kind words → another → hide', async ({ page }) => {
    await openWindow(page);
    await page.getByRole('button', { name: /Kind words/ }).click();
    const phrase = page.getByTestId('phrase');
    const first = await phrase.textContent();
    await page.getByRole('button', { name: 'Another one' }).click();
    await expect(phrase).not.toHaveText(first ?? '');
    const second = await phrase.textContent();
    await page.getByRole('button', { name: 'Hide this phrase' }).click();
    await expect(page.getByText('Hidden. Settings can bring it back.')).toBeVisible();
    await expect(phrase).not.toHaveText(second ?? '');
    const hidden = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).tendDemo.settings().hiddenPhraseIds,
    );
    expect(hidden).toHaveLength(1);
  });

  test('Not now and Skip leave the offer', async ({ page }) => {
    await openWindow(page);
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect(page.locator('main')).toHaveCount(0);
    expect(await channels(page)).toContain('break:not-now');
  });

  test('grounding route → next → Esc closes the window', async ({ page }) => {
    await openWindow(page, '', 'grounding');
    await expect(page.getByRole('heading', { name: 'Feet on the floor' })).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Step 2 of 6')).toBeVisible();
    await page.evaluate(() => (globalThis as unknown as PageGlobals).tendDemo.shortcut());
    await expect(page.getByRole('heading', { name: 'Five-sense countdown' })).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await channels(page)).toContain('window:close');
  });

  for (const { prompt, query, route } of [
    { prompt: 'breath', query: 'open=breath', route: 'break' },
    { prompt: 'tea', query: 'open=tea', route: 'break' },
    { prompt: 'kind words', query: 'open=kind', route: 'break' },
    { prompt: 'a care action', query: 'open=kind&gentle=1', route: 'break' },
    { prompt: 'grounding', query: '', route: 'grounding' },
  ] as const) {
    test(`the fallback from ${prompt}: stops at once, normalises, offers outward choices`, async ({
      page,
    }) => {
      await openWindow(page, query, route);
      await page.getByRole('button', { name: notRightName }).click();
      await expect(page.getByRole('heading', { name: normaliseName })).toBeVisible();
      await expect(page.getByTestId('pacer')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Feel my feet' })).toBeVisible();
      await page.getByRole('button', { name: 'Anything you need right now?' }).click();
      await page.getByRole('button', { name: 'Heard' }).click();
      await expect(page.getByRole('heading', { name: 'Message someone you trust' })).toBeVisible();
    });
  }
});
