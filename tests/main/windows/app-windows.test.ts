import { afterEach, describe, expect, it } from 'vitest';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

describe('the settings and welcome windows', () => {
  it('opens one settings window, a normal window, and brings it forward when asked again', async () => {
    tend = await launchTend();
    tend.trayMenu().click('Settings…');
    await tend.settle();
    const win = tend.windowFor('settings')!;
    expect(win.options).toMatchObject({ show: false });
    expect(win.options['frame']).toBeUndefined();
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true });
    expect(win.isFocused()).toBe(true);
    win.minimize();
    tend.trayMenu().click('Settings…');
    await tend.settle();
    expect(tend.liveWindows()).toEqual([win]);
    expect(win.isMinimized()).toBe(false);
    expect(win.isFocused()).toBe(true);
  });

  it('greets a first run with the welcome window, once', async () => {
    tend = await launchTend({ firstRun: true });
    const welcome = tend.windowFor('welcome');
    expect(welcome).toBeDefined();
    expect(tend.liveWindows()).toEqual([welcome]);
    expect(tend.runtime!.store.get().firstRunDone).toBe(true);
    const userDataDir = tend.userDataDir;
    const again = await launchTend({ userDataDir, settings: tend.runtime!.store.get() });
    expect(again.windowFor('welcome')).toBeUndefined();
    tend = again;
  });

  it('keeps the welcome window single too', async () => {
    tend = await launchTend({ firstRun: true });
    tend.runtime!.windows.welcome.open();
    await tend.settle();
    expect(tend.liveWindows()).toHaveLength(1);
  });

  it('lets the welcome window start a breath and turn on start at login', async () => {
    tend = await launchTend({ firstRun: true });
    const welcome = tend.windowFor('welcome')!;
    await expect(tend.invoke(welcome, 'settings:update', { startAtLogin: true })).resolves.toMatchObject({ ok: true, value: { saved: true } });
    await tend.invoke(welcome, 'break:take-now', { kind: 'breath' });
    await tend.settle();
    expect(tend.windowFor('break')).toBeDefined();
  });

  it('opens settings from the command line', async () => {
    tend = await launchTend({ args: ['--settings'] });
    expect(tend.windowFor('settings')).toBeDefined();
  });
});
