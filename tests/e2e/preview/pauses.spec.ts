/**
 * "Your pauses" (issue #19) in real Chromium at the settings window's size: axe finds nothing in light
 * and dark with no history, a week and a year (tables open), screenshots kept in docs/screenshots/issue-19,
 * a copy saved as a real download under the renderer's CSP, and "Delete all" through its confirm step.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { PageGlobals } from './preview-support.ts';

const size = { width: 720, height: 640 };
const spans = ['empty', 'week', 'year'] as const;
const sentence =
  /^(You took \d+ small pauses? this week\.|No pauses noted this week yet\. Whenever suits you\.)$/;

test.use({ timezoneId: 'UTC' });

/** The settings window on a Thursday, scrolled to "Your pauses" by its nav button, with CSP reports kept. */
async function openPauses(page: Page, query: string): Promise<void> {
  await page.setViewportSize(size);
  await page.addInitScript(() => {
    const g = globalThis as unknown as PageGlobals;
    g.cspViolations = [];
    g.document.addEventListener('securitypolicyviolation', (e) =>
      g.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`/?seed=11&today=2025-03-13&${query}#/settings`);
  await page.getByRole('navigation').getByRole('button', { name: 'Your pauses' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your pauses' })).toBeFocused({ timeout: 15_000 });
  await expect(page.locator('.pauses-sentence')).toHaveText(sentence, { timeout: 15_000 });
}

async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include('section:has(> h2#pauses-heading)').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: axe finds nothing with no history, a week and a year; screenshots kept`, async ({
    page,
  }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    for (const span of spans) {
      await openPauses(page, `history=${span}`);
      await page.screenshot({ path: `docs/screenshots/issue-19/${span}-${scheme}.png` });
      for (const summary of await page.locator('.pauses-details summary').all()) await summary.click();
      await expectNoViolations(page);
    }
  });
}

test('a copy is saved as a real download, and the CSP lets it through', async ({ page }) => {
  await openPauses(page, 'history=week');
  const download = page.waitForEvent('download', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Save as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('tend-pauses-2025-03-13.csv');
  const text = await readFile(await file.path(), 'utf8');
  expect(text.split(/\r?\n/)[0]).toBe('started_at,ended_at,kind,seconds,how_it_ended');
  expect(text.trim().split(/\r?\n/).length).toBeGreaterThan(20);
  await expect(page.getByTestId('announcer')).toHaveText('Your copy is ready: tend-pauses-2025-03-13.csv', {
    timeout: 15_000,
  });
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).cspViolations)).toEqual([]);
});

test('with "Not now" and "Skip" shown and the confirm step open, axe finds nothing; "Delete all" clears', async ({
  page,
}) => {
  await openPauses(page, 'history=week');
  await page.getByRole('checkbox', { name: 'Note “Not now” and “Skip” too' }).check();
  await expect(
    page.getByText(/^Offers left for later this week: \d+ with “Not now”, \d+ with “Skip”\.$/),
  ).toBeVisible({
    timeout: 15_000,
  });
  await page.getByRole('button', { name: 'Delete all…' }).click();
  await expect(page.getByRole('button', { name: 'Keep my pauses' })).toBeFocused({ timeout: 15_000 });
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Delete all', exact: true }).click();
  await expect(page.locator('.pauses-sentence')).toHaveText(
    'No pauses noted this week yet. Whenever suits you.',
    {
      timeout: 15_000,
    },
  );
  await expect(page.getByRole('heading', { level: 3, name: 'This week, by day' })).toHaveCount(0, {
    timeout: 15_000,
  });
});
