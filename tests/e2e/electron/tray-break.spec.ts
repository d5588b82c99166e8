import { expect, test } from '@playwright/test';
import { launchApp } from './launch-app.ts';

test('a break request opens the break window with the offer', async () => {
  const app = await launchApp();
  try {
    // The OS tray cannot be clicked from a test; a second launch asking for a break reaches the same path.
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length).then((n) => expect(n).toBe(0));
    const windowPromise = app.waitForEvent('window');
    await app.evaluate(({ app: electronApp }) => {
      electronApp.emit('second-instance', {}, ['tend', '--break', 'breath'], process.cwd(), {});
    });
    const page = await windowPromise;
    await expect(page.getByRole('heading', { name: 'A little pause?' })).toBeVisible();
    // Isolated and sandboxed: the page sees the bridge, and no Node globals at all.
    const globals = await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      return { require: typeof g['require'], process: typeof g['process'], tend: typeof g['tend'] };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', tend: 'object' });
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await app.close();
  }
});
