/**
 * The settings and welcome windows in light and dark: axe finds nothing in each section and in each
 * state that shows something extra (messages, the recorder, the confirm step, the phrase list), and
 * screenshots are kept as test artifacts (test-results/preview/…).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot } from './preview-support.ts';
import { openPage } from './settings-support.ts';

const sections = [
  'Timing',
  'Working hours',
  'Quiet moments',
  'What a break offers',
  'Kind words',
  'Grounding shortcut',
  'Comfort',
  'Your pauses',
  'If things feel heavy',
  'Start over',
];

async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Puts the settings window into the states that show more than the plain page. */
async function showEverything(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'Count work time only during working hours' }).check();
  await page.getByRole('button', { name: 'Add a range to Monday' }).click();
  await page.getByLabel('Monday range 2: from').fill('16:00');
  await page.getByLabel('Monday range 2: from').press('Enter');
  await expect(page.getByText('This range overlaps another one.', { exact: false }).first()).toBeVisible();
  await page
    .getByLabel('Saturday range 1: from')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  const interval = page.getByRole('spinbutton', { name: 'Offer a break after' });
  await interval.fill('999');
  await interval.press('Tab');
  await page.getByRole('textbox', { name: 'A phrase of your own' }).fill('I can go slowly.');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByText(/^Tend's phrases:/).click();
  await page.getByRole('button', { name: 'Reset to defaults…' }).click();
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`settings and welcome in ${scheme}`, () => {
    test.use({ colorScheme: scheme });

    test('settings: axe finds nothing in any section', async ({ page }, testInfo) => {
      await openPage(page, 'settings');
      await saveScreenshot(page, testInfo, `settings-${scheme}`);
      // Every section is on the page, so one run over the whole page covers each (a violation names its node).
      for (const name of sections)
        await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeAttached({ timeout: 15_000 });
      await expectNoViolations(page);
    });

    test('settings: axe finds nothing with messages, the phrase list and the confirm step showing', async ({
      page,
    }, testInfo) => {
      await openPage(page, 'settings');
      await showEverything(page);
      await expectNoViolations(page);
      await page.getByRole('heading', { level: 2, name: 'Working hours' }).scrollIntoViewIfNeeded();
      await saveScreenshot(page, testInfo, `settings-hours-${scheme}`);
      await page.getByRole('heading', { level: 2, name: 'Kind words' }).scrollIntoViewIfNeeded();
      await saveScreenshot(page, testInfo, `settings-phrases-${scheme}`);
      await page.getByRole('heading', { level: 2, name: 'Comfort' }).scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: 'Keep my settings' }).scrollIntoViewIfNeeded();
      await saveScreenshot(page, testInfo, `settings-support-reset-${scheme}`);
    });

    test('settings: axe finds nothing while recording a shortcut', async ({ page }, testInfo) => {
      await openPage(page, 'settings');
      await page.getByRole('button', { name: 'Record a new shortcut' }).click();
      await page.keyboard.press('g');
      await expect(
        page.getByText('Add Ctrl, Alt or another modifier', { exact: false }).first(),
      ).toBeVisible();
      await expectNoViolations(page);
      await saveScreenshot(page, testInfo, `settings-shortcut-${scheme}`);
    });

    test('settings: the theme setting wins over the system', async ({ page }) => {
      await openPage(page, 'settings', `theme=${scheme === 'light' ? 'dark' : 'light'}`);
      await expectNoViolations(page);
    });

    test('welcome: axe finds nothing', async ({ page }, testInfo) => {
      await openPage(page, 'welcome');
      await expectNoViolations(page);
      await saveScreenshot(page, testInfo, `welcome-${scheme}`);
    });
  });
}
