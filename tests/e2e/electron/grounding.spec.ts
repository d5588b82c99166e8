/** Grounding in a real Electron: opened focused, a second request moves on, Stop closes it. */
import { expect, test } from '@playwright/test';
import { closeApp, launchApp, newProfile, secondInstance, waitForTend } from './launch-app.ts';

test('`tend --grounding` opens the exercise focused; asking again moves to the next one; Stop closes it', async () => {
  const profile = newProfile();
  const app = await launchApp([], profile);
  try {
    await waitForTend(app);
    const opened = app.waitForEvent('window');
    await secondInstance(profile, ['--grounding']);
    const page = await opened;
    expect(new URL(page.url()).hash).toBe('#/grounding');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    const first = await heading.textContent();
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getFocusedWindow()?.webContents.getURL() ?? '')).toContain('#/grounding');

    await secondInstance(profile, ['--grounding']);
    await expect(heading).not.toHaveText(first ?? '');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    await page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
  } finally {
    await closeApp(app, profile);
  }
});
