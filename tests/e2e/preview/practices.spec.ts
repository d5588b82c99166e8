/**
 * The practices of issue #21 in real Chromium: the short ones Kind words invites to, and the longer ones
 * opened by name. Each goes one step at a time to the kind close, offers "This doesn't feel right" on
 * every step, and has no axe violations in light or dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { closingName, expectNoAxeViolations, notRightName, openWindow, saveScreenshot, windowSize } from './preview-support.ts';

const wait = { timeout: 15_000 };

const practices = [
  { id: 'warmup.easy-someone', title: 'Warm up with someone easy', steps: 4 },
  { id: 'scb.moment', title: 'A self-compassion break', steps: 5 },
  { id: 'friend.check', title: 'The friend check', steps: 3 },
  { id: 'longer.rain', title: 'RAIN, a few slow minutes', steps: 5 },
  { id: 'longer.letter', title: 'A letter to yourself', steps: 4 },
] as const;

/** Walks from the first step to the last, checking the way out is there on each. */
async function walkThrough(page: Page, steps: number): Promise<void> {
  for (let n = 1; n <= steps; n++) {
    await expect(page.getByTestId('practice-step-of')).toHaveText(`Step ${String(n)} of ${String(steps)}`, wait);
    await expect(page.getByRole('button', { name: notRightName })).toBeVisible(wait);
    await page.getByRole('button', { name: n === steps ? 'Finish' : 'Next' }).click();
  }
  await expect(page.getByRole('heading', { name: closingName })).toBeVisible(wait);
}

test.describe('a practice, one step at a time', () => {
  test.use({ viewport: windowSize });

  for (const { id, title, steps } of practices) {
    test(`${title}: every step, a way out on each, and the kind close`, async ({ page }) => {
      await openWindow(page, `open=${id}`);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible(wait);
      await walkThrough(page, steps);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${title}: axe finds nothing, ${colorScheme}`, async ({ page }, testInfo) => {
        await page.emulateMedia({ colorScheme });
        await openWindow(page, `open=${id}`);
        await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible(wait);
        await expectNoAxeViolations(page);
        await saveScreenshot(page, testInfo, `practice-${id}-${colorScheme}`);
      });
    }
  }

  test('from the offer: Kind words invites to the warm-up, which opens and finishes kindly', async ({ page }) => {
    await openWindow(page);
    await page.getByRole('button', { name: /Kind words/ }).click();
    await expect(page.getByTestId('phrase')).toBeVisible(wait);
    const invitation = page.getByRole('button', { name: 'Or try: Warm up with someone easy' });
    await expect(invitation).toBeVisible(wait);
    await expectNoAxeViolations(page);
    await invitation.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Warm up with someone easy' })).toBeFocused(wait);
    await walkThrough(page, 4);
  });

  test('"This doesn\'t feel right" on a practice stops it and offers outward choices, with no self-talk', async ({ page }) => {
    await openWindow(page, 'open=scb.moment');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: notRightName }).click();
    await expect(page.getByTestId('practice-step')).toHaveCount(0, wait);
    await expect(page.getByRole('button', { name: 'Feel my feet' })).toBeVisible(wait);
  });

  test('the letter keeps nothing unless asked: then it is a file of the user\'s own, with their words', async ({ page }) => {
    await openWindow(page, 'open=longer.letter');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: 'Your letter, if you like' }).fill('Dear me, slow is fine.');
    await expectNoAxeViolations(page);
    const download = page.waitForEvent('download', wait);
    await page.getByRole('button', { name: 'Keep it as a file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('a-letter-to-myself.txt');
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('Dear me, slow is fine.');
  });

  test('in gentle mode no practice opens: a small outward action comes instead', async ({ page }) => {
    await openWindow(page, 'open=scb.moment&gentle=1');
    await expect(page.locator('main.care')).toBeVisible(wait);
    await expect(page.getByTestId('practice-step')).toHaveCount(0, wait);
  });
});
