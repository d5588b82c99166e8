/** The first-run welcome window in the browser preview: the whole journey, from hello to closed. */
import { expect, test } from '@playwright/test';
import { demoSettings, openPage, sent } from './settings-support.ts';

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
