import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

describe('Tend starting up (fake electron)', () => {
  it('puts one tray icon up with Take a break now, Pause, Settings and Quit', async () => {
    tend = await launchTend();
    expect(tend.electron.fakeState.trays).toHaveLength(1);
    expect(tend.trayMenu().labels()).toEqual(expect.arrayContaining(['Take a break now', 'Pause', 'Settings…', 'Quit']));
  });

  it('opens one secure, inactive break window from "Take a break now"', async () => {
    tend = await launchTend();
    tend.trayMenu().click('Take a break now', 'Breathe');
    await tend.settle();
    const windows = tend.liveWindows();
    expect(windows).toHaveLength(1);
    const win = windows[0]!;
    const prefs = win.options.webPreferences ?? {};
    expect(prefs['contextIsolation']).toBe(true);
    expect(prefs['sandbox']).toBe(true);
    expect(prefs['nodeIntegration']).toBe(false);
    expect(existsSync(String(prefs['preload']))).toBe(true);
    expect(win.shownInactive).toBe(true);
    expect(win.isFocused()).toBe(false);
    expect(win.loaded?.hash).toBe('/break');
  });

  it('quits at once when another Tend already holds the single-instance lock', async () => {
    tend = await launchTend({ before: (e) => (e.fakeState.singleInstanceLock = false) });
    expect(tend.electron.fakeState.trays).toHaveLength(0);
    expect(tend.electron.fakeState.quitCalls).toBe(1);
  });
});
