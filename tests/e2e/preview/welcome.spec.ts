/**
 * The first-run welcome window in the browser preview: the whole journey, from hello to closed; its mark
 * and greeting; no axe findings in light or dark; and whole at every zoom (issue #18, item 11).
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot } from './preview-support.ts';
import { demoSettings, openPage, sent, welcomeSize } from './settings-support.ts';
import { overlapsOnScreen, sidewaysSpills, unreachableByTab } from './window-fit-support.ts';

test('welcome: where the tray is, the shortcut, start at login, a first breath, and close', async ({
  page,
}) => {
  await openPage(page, 'welcome');
  await expect(page).toHaveTitle('Welcome to Tend');
  await expect(page.getByRole('region', { name: 'Where Tend lives' })).toContainText(
    "Tend's icon sits in your system tray or menu bar.",
  );
  await expect(page.getByTestId('welcome-shortcut')).toHaveText('Ctrl+Alt+G');

  const login = page.getByRole('checkbox', { name: 'Start Tend when I log in' });
  await expect(login).not.toBeChecked();
  await login.check();
  await expect.poll(async () => (await demoSettings(page)).startAtLogin).toBe(true);

  await page.getByRole('button', { name: 'Try a one-minute breath now' }).click();
  await expect.poll(() => sent(page, 'break:take-now')).toEqual([{ kind: 'breath' }]);
  await expect(page.getByTestId('announcer')).toHaveText('The breath opens near the tray.');

  expect((await demoSettings(page)).firstRunDone).toBe(false);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => sent(page, 'window:close')).toHaveLength(1);
  expect((await demoSettings(page)).firstRunDone).toBe(true);
  expect(await sent(page, 'settings:update')).toEqual([{ startAtLogin: true }, { firstRunDone: true }]);
});

test('welcome: Esc closes it too', async ({ page }) => {
  await openPage(page, 'welcome');
  await page.keyboard.press('Escape');
  await expect.poll(() => sent(page, 'window:close')).toHaveLength(1);
  expect((await demoSettings(page)).firstRunDone).toBe(true);
});

test("welcome: Tend's mark and a short hello come first, the mark hidden from screen readers", async ({ page }) => {
  await openPage(page, 'welcome');
  const main = page.getByRole('main', { name: 'Welcome to Tend' });
  await expect(main.locator('svg.brand-mark')).toHaveAttribute('aria-hidden', 'true', { timeout: 15_000 });
  await expect(page.getByRole('img')).toHaveCount(0, { timeout: 15_000 });
  await expect(main.locator('.welcome-greeting')).toHaveText('Hello. Nothing to set up: Tend is ready when you are.', {
    timeout: 15_000,
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`welcome, ${colorScheme}: axe finds nothing`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await openPage(page, 'welcome');
    await expect(page.getByTestId('welcome-shortcut')).toBeVisible({ timeout: 15_000 });
    await saveScreenshot(page, testInfo, `welcome-${colorScheme}`);
    await expectNoAxeViolations(page);
  });
}

test('welcome stays whole at 100%, 125% and 150% zoom: nothing off the side, nothing drawn over anything, every control in view when Tab reaches it', async ({
  page,
}, testInfo) => {
  await openPage(page, 'welcome');
  await expect(page.getByTestId('welcome-shortcut')).toBeVisible({ timeout: 15_000 });
  for (const zoom of [1, 1.25, 1.5]) {
    await test.step(`at ${String(zoom * 100)}%`, async () => {
      // A zoomed window lays out as a smaller one (the device scale only sharpens it).
      await page.setViewportSize({
        width: Math.floor(welcomeSize.width / zoom),
        height: Math.floor(welcomeSize.height / zoom),
      });
      await saveScreenshot(page, testInfo, `welcome-zoom-${String(zoom * 100)}`);
      expect(await sidewaysSpills(page)).toEqual([]);
      expect(await overlapsOnScreen(page)).toEqual([]);
      expect(await unreachableByTab(page)).toEqual([]);
    });
  }
});
