/** First run in a real Electron: the welcome window once, never again on the next start. */
import { expect, test } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchApp, newProfile, waitForTend } from './launch-app.ts';

test('a fresh profile gets the welcome window once, and the next start does not', async () => {
  const profile = newProfile();
  try {
    const first = await launchApp([], profile);
    try {
      const welcome = await first.firstWindow();
      expect(new URL(welcome.url()).hash).toBe('#/welcome');
      await waitForTend(first);
      expect(await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      await first.close();
    }
    expect(JSON.parse(readFileSync(join(profile, 'config.json'), 'utf8'))).toMatchObject({ firstRunDone: true });

    const again = await launchApp([], profile);
    try {
      await waitForTend(again);
      expect(await again.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
      expect(await again.evaluate(() => globalThis.__tend?.status().text)).toBe('Next break in about 45 min');
    } finally {
      await again.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
