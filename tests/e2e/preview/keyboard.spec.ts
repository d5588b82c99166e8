/** The same journeys by keyboard only: Tab, Enter, Space, Esc, and 1/2/3 on the offer. */
import { expect, test, type Page } from '@playwright/test';
import {
  channels,
  closingName,
  normaliseName,
  openWindow,
  runClock,
  type PageGlobals,
} from './preview-support.ts';

/** Tabs until the focused element has `name`, as a keyboard user would. */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).document.activeElement?.textContent ?? '',
    );
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

test.describe('the break window by keyboard only', () => {
  test('offer → 1 → breath → Esc ends it kindly, Esc again closes', async ({ page }) => {
    await openWindow(page);
    await page.keyboard.press('1');
    await expect(page.getByRole('heading', { name: 'Easy breathing' })).toBeFocused();
    await tabTo(page, 'Pause');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('phase-word')).toHaveText('Paused');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('phase-word')).not.toHaveText('Paused');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: closingName })).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await channels(page)).toContain('break:done');
  });

  test('offer → breath runs to the end with no key pressed after choosing', async ({ page }) => {
    await page.clock.install();
    await openWindow(page);
    await tabTo(page, /Breathe/);
    await page.keyboard.press('Enter');
    await runClock(page, 60_000);
    await expect(page.getByRole('heading', { name: closingName })).toBeVisible();
  });

  test('offer → 2 → tea → Tab to "I\'m back"', async ({ page }) => {
    await openWindow(page);
    await page.keyboard.press('2');
    await tabTo(page, "I'm back");
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: closingName })).toBeFocused();
  });

  test('offer → 3 → kind words → another → hide', async ({ page }) => {
    await openWindow(page);
    await page.keyboard.press('3');
    const first = await page.getByTestId('phrase').textContent();
    await tabTo(page, 'Another one');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('phrase')).not.toHaveText(first ?? '');
    await tabTo(page, 'Hide this phrase');
    await page.keyboard.press('Space');
    await expect(page.getByText('Hidden. Settings can bring it back.')).toBeVisible();
  });

  test('Esc on the offer is Not now', async ({ page }) => {
    await openWindow(page);
    await page.keyboard.press('Escape');
    expect(await channels(page)).toContain('break:not-now');
  });

  test('grounding route → Enter for next → Esc closes', async ({ page }) => {
    await openWindow(page, '', 'grounding');
    await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Step 2 of 6')).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await channels(page)).toContain('window:close');
  });

  for (const { prompt, query, route } of [
    { prompt: 'breath', query: 'open=breath', route: 'break' },
    { prompt: 'tea', query: 'open=tea', route: 'break' },
    { prompt: 'kind words', query: 'open=kind', route: 'break' },
    { prompt: 'grounding', query: '', route: 'grounding' },
  ] as const) {
    test(`the fallback from ${prompt} by keyboard, to "Look around"`, async ({ page }) => {
      await openWindow(page, query, route);
      await tabTo(page, "This doesn't feel right");
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: normaliseName })).toBeFocused();
      await tabTo(page, 'Look around');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Five-sense countdown' })).toBeFocused();
    });
  }
});
