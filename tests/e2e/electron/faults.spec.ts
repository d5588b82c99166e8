/** A damaged settings file in a real Electron: Tend starts on its defaults, keeps a copy, says so once. */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeApp, launchApp, newProfile, waitForTend } from './launch-app.ts';

test('a corrupt config.json: Tend starts, keeps the file as a copy, and tells the user once', async () => {
  const profile = newProfile();
  writeFileSync(join(profile, 'config.json'), '{"intervalMin": 30,');
  const app = await launchApp([], profile);
  try {
    await waitForTend(app);
    const copies = readdirSync(profile).filter((f) => f.startsWith('config.corrupt-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(profile, copies[0] ?? ''), 'utf8')).toBe('{"intervalMin": 30,');
    expect(await app.evaluate(() => globalThis.__tend?.notices.told().length)).toBe(1);
    expect(await app.evaluate(() => globalThis.__tend?.status().text)).toBe('Next break in about 45 min');
    // No welcome on top of the notice: Tend has run here before.
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
  } finally {
    await closeApp(app, profile);
  }
});
