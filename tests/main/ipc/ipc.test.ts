import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../electron/core/ipc-channels.ts';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { recordingController } from '../../support/recording-controller.ts';
import { hostileValue } from '../../support/settings-arbitrary.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const configText = (t: LaunchedTend): string => readFileSync(join(t.userDataDir, 'config.json'), 'utf8');

async function openSettings(t: LaunchedTend) {
  t.trayMenu().click('Settings…');
  await t.settle();
  return t.windowFor('settings')!;
}
async function openBreak(t: LaunchedTend) {
  t.trayMenu().click('Take a break now', 'Breathe');
  await t.settle();
  return t.windowFor('break')!;
}

describe('IPC from Tend’s windows', () => {
  it('listens on the contract’s channels and nothing else', async () => {
    tend = await launchTend();
    expect([...tend.electron.ipcMain.handlers.keys()].sort()).toEqual([...invokeChannels].sort());
    expect(tend.electron.ipcMain.totalListenerCount()).toBe(0);
  });

  it('answers app:info', async () => {
    tend = await launchTend();
    const win = await openSettings(tend);
    await expect(tend.invoke(win, 'app:info')).resolves.toEqual({ ok: true, value: { name: 'Tend', version: '0.1.0', platform: 'linux' } });
  });

  it('saves a valid settings change, tells the engine and the open settings window', async () => {
    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory });
    const win = await openSettings(tend);
    const result = await tend.invoke(win, 'settings:update', { intervalMin: 30, theme: 'dark' });
    expect(result).toMatchObject({ ok: true, value: { saved: true, snapshot: { settings: { intervalMin: 30, theme: 'dark' } } } });
    expect(JSON.parse(configText(tend))).toMatchObject({ intervalMin: 30, theme: 'dark' });
    expect(recording.inputs.at(-1)).toMatchObject({ type: 'settingsChanged', settings: { intervalMin: 30 } });
    expect(win.webContents.sent.at(-1)).toMatchObject({ channel: 'settings:changed', payload: { settings: { intervalMin: 30 } } });
    expect(tend.electron.nativeTheme.themeSource).toBe('dark');
  });

  it('explains a bad value beside its field and saves nothing', async () => {
    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory });
    const win = await openSettings(tend);
    const before = configText(tend);
    const result = await tend.invoke(win, 'settings:update', { intervalMin: 1, snoozeMin: 10 });
    expect(result).toMatchObject({
      ok: true,
      value: { saved: false, errors: [{ field: 'intervalMin', message: 'Choose a whole number of minutes from 5 to 240.' }], snapshot: { settings: { intervalMin: 45, snoozeMin: 5 } } },
    });
    expect(configText(tend)).toBe(before);
    expect(recording.inputs.some((i) => i.type === 'settingsChanged')).toBe(false);
  });

  it('resets to the defaults without showing the welcome again', async () => {
    tend = await launchTend({ settings: { intervalMin: 90, sounds: true } });
    const win = await openSettings(tend);
    const result = await tend.invoke(win, 'settings:reset');
    expect(result).toMatchObject({ ok: true, value: { settings: { intervalMin: 45, sounds: false, firstRunDone: true } } });
  });

  it('rejects a window that is not Tend’s', async () => {
    tend = await launchTend();
    const stranger = new tend.electron.BrowserWindow({ show: false });
    // A page that exists (loading a missing file fails with ERR_FILE_NOT_FOUND, as in Electron).
    writeFileSync(join(tend.userDataDir, 'page.html'), '<!doctype html><title>Not Tend</title>');
    await stranger.loadFile(join(tend.userDataDir, 'page.html'));
    const before = configText(tend);
    await expect(tend.invoke(stranger, 'settings:update', { intervalMin: 30 })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(configText(tend)).toBe(before);
  });

  it('rejects a Tend window whose page is no longer Tend’s', async () => {
    tend = await launchTend();
    const win = await openSettings(tend);
    win.webContents.url = 'https://example.com/#/settings';
    await expect(tend.invoke(win, 'settings:get')).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('rejects channels a window has no business calling', async () => {
    tend = await launchTend();
    const breakWin = await openBreak(tend);
    const before = configText(tend);
    await expect(tend.invoke(breakWin, 'settings:update', { intervalMin: 30 })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const settingsWin = await openSettings(tend);
    await expect(tend.invoke(settingsWin, 'break:done')).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(breakWin.isDestroyed()).toBe(false);
    expect(configText(tend)).toBe(before);
  });

  it.each([
    ['break:choose', { kind: 'coffee' }],
    ['break:choose', undefined],
    ['break:done', { surprise: true }],
    ['break:favourite', { phraseId: 'x'.repeat(10_000), keep: true }],
    ['break:end', { reason: 'explode' }],
  ])('rejects a bad %s request and changes nothing', async (channel, payload) => {
    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory });
    const win = await openBreak(tend);
    const inputs = recording.inputs.length;
    await expect(tend.invokeRaw(win, channel, payload)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(recording.inputs).toHaveLength(inputs);
    expect(win.isDestroyed()).toBe(false);
  });

  it('never throws, and leaves the settings file alone, whatever arrives', async () => {
    tend = await launchTend();
    const t = tend;
    const settingsWin = await openSettings(t);
    const before = configText(t);
    // Every channel but the two that legitimately close the window or rewrite the file with no payload.
    const channels = invokeChannels.filter((c) => c !== 'window:close' && c !== 'settings:reset');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), hostileValue, async (channel, payload) => {
        const result = await t.invokeRaw(settingsWin, channel, payload);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    expect(configText(t)).toBe(before);
    expect(t.liveWindows()).toEqual([settingsWin]);
  });
});
