/**
 * The command line in a real Electron: `tend --pause 1h`, `--resume` and `--settings` started as second
 * processes reach the running Tend through the single-instance lock.
 */
import { expect, test } from '@playwright/test';
import { closeApp, launchApp, newProfile, secondInstance, waitForTend } from './launch-app.ts';

const status = () => globalThis.__tend?.status();

test('`tend --pause 1h` pauses the running Tend, and `tend --resume` resumes it', async () => {
  const profile = newProfile();
  const app = await launchApp([], profile);
  try {
    await waitForTend(app);
    expect(await app.evaluate(status)).toMatchObject({ paused: false });
    await secondInstance(profile, ['--pause', '1h']);
    await expect.poll(() => app.evaluate(status)).toMatchObject({ paused: true, text: expect.stringMatching(/^Paused until /) });
    await secondInstance(profile, ['--resume']);
    await expect.poll(() => app.evaluate(status)).toEqual({ paused: false, text: 'Next break in about 45 min' });
  } finally {
    await closeApp(app, profile);
  }
});

test('the first launch applies its own arguments, and `tend --settings` opens one settings window', async () => {
  const profile = newProfile();
  const app = await launchApp(['--pause', 'indefinitely'], profile);
  try {
    await waitForTend(app);
    expect(await app.evaluate(status)).toEqual({ paused: true, text: 'Paused until you resume' });
    const opened = app.waitForEvent('window');
    await secondInstance(profile, ['--settings']);
    const page = await opened;
    expect(new URL(page.url()).hash).toBe('#/settings');
    await secondInstance(profile, ['--settings']);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    // A settings change from the page re-plans the engine at once.
    const result = await page.evaluate(() => {
      const bridge = Reflect.get(globalThis, 'tend') as { invoke: (channel: string, request: unknown) => Promise<unknown> };
      return bridge.invoke('settings:update', { intervalMin: 30 });
    });
    expect(result).toMatchObject({ ok: true, value: { saved: true } });
    await secondInstance(profile, ['--resume']);
    await expect.poll(() => app.evaluate(status)).toEqual({ paused: false, text: 'Next break in about 30 min' });
  } finally {
    await closeApp(app, profile);
  }
});
