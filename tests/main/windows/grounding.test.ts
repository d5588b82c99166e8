import { afterEach, describe, expect, it } from 'vitest';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { MIN, MONDAY_9AM, untilOffer } from '../../../harness/tend-journey.ts';
import { recordingController } from '../../support/recording-controller.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const SHORTCUT = 'CommandOrControl+Alt+G';

describe('the grounding shortcut', () => {
  it('opens the grounding window at once, focused', async () => {
    tend = await launchTend();
    tend.electron.globalShortcut.press(SHORTCUT);
    await tend.settle();
    const win = tend.windowFor('grounding');
    expect(win).toBeDefined();
    expect(tend.liveWindows()).toEqual([win]);
    expect(win!.isVisible()).toBe(true);
    expect(win!.isFocused()).toBe(true);
    expect(win!.options).toMatchObject({ frame: false, alwaysOnTop: true, skipTaskbar: true });
    expect(win!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    await expect(tend.invoke(win!, 'grounding:current')).resolves.toMatchObject({ ok: true, value: { view: 'grounding' } });
  });

  it('moves to the next exercise on a second press, still in one window', async () => {
    tend = await launchTend();
    tend.electron.globalShortcut.press(SHORTCUT);
    await tend.settle();
    const win = tend.windowFor('grounding')!;
    win.blur();
    tend.electron.globalShortcut.press(SHORTCUT);
    await tend.settle();
    expect(tend.liveWindows()).toEqual([win]);
    expect(win.webContents.sent).toContainEqual({ channel: 'grounding:next', payload: null });
    expect(win.isFocused()).toBe(true);
  });

  it('is the same from the tray, and closes (Esc) through window:close', async () => {
    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory });
    tend.trayMenu().click('Take a break now', 'Grounding');
    await tend.settle();
    const win = tend.windowFor('grounding')!;
    expect(recording.inputs.at(-1)).toEqual({ type: 'takeBreakNow', kind: 'grounding' });
    await tend.invoke(win, 'window:close');
    expect(win.isDestroyed()).toBe(true);
    expect(tend.liveWindows()).toEqual([]);
    expect(recording.inputs.at(-1)).toEqual({ type: 'windowGone', window: 'grounding' });
  });

  it('shows a shortcut another app holds in the tray and tells the user once, without crashing', async () => {
    tend = await launchTend({ before: (e) => e.fakeState.takenShortcuts.add(SHORTCUT) });
    expect(tend.trayMenu().labels()).toContain('Ctrl+Alt+G is in use by another app');
    expect(tend.trayMenu().find(['Take a break now', 'Grounding']).accelerator).toBeUndefined();
    expect(tend.electron.fakeState.notifications).toEqual([{ title: 'Tend', body: expect.stringContaining('Ctrl+Alt+G') as unknown }]);
    tend.trayMenu().click('Take a break now', 'Grounding');
    await tend.settle();
    expect(tend.windowFor('grounding')).toBeDefined();
  });

  it('goes back to the default when the settings file holds an unusable shortcut, and says so', async () => {
    tend = await launchTend({ settings: { shortcut: 'Hyper+G' } });
    expect(tend.runtime!.shortcut.status()).toMatchObject({ accelerator: SHORTCUT, state: 'registered' });
    expect(tend.electron.fakeState.notifications).toEqual([{ title: 'Tend', body: expect.stringContaining('shortcut') as unknown }]);
  });
});

describe('changing the shortcut in settings', () => {
  async function settingsWindow(t: LaunchedTend) {
    t.trayMenu().click('Settings…');
    await t.settle();
    return t.windowFor('settings')!;
  }

  it('re-registers at once and shows the new hint', async () => {
    tend = await launchTend();
    const win = await settingsWindow(tend);
    const result = await tend.invoke(win, 'settings:update', { shortcut: 'ctrl+shift+k' });
    expect(result).toMatchObject({ ok: true, value: { saved: true, snapshot: { shortcut: { accelerator: 'Control+Shift+K', state: 'registered' } } } });
    expect([...tend.electron.fakeState.shortcuts.keys()]).toEqual(['Control+Shift+K']);
    expect(tend.trayMenu().find(['Take a break now', 'Grounding']).accelerator).toBe('Control+Shift+K');
  });

  it('keeps the old one and explains when the new one is taken', async () => {
    tend = await launchTend();
    tend.electron.fakeState.takenShortcuts.add('Control+Shift+K');
    const win = await settingsWindow(tend);
    const result = await tend.invoke(win, 'settings:update', { shortcut: 'Control+Shift+K' });
    expect(result).toMatchObject({
      ok: true,
      value: { saved: false, errors: [{ field: 'shortcut', code: 'settings-error.shortcut-taken' }], snapshot: { settings: { shortcut: SHORTCUT } } },
    });
    expect([...tend.electron.fakeState.shortcuts.keys()]).toEqual([SHORTCUT]);
  });
});

describe('grounding and the break rhythm', () => {
  it('counts a grounding exercise as a break once its window closes', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    await t.advance(30 * MIN);
    t.electron.globalShortcut.press(SHORTCUT);
    await t.settle();
    expect(t.status()).toBe('On a break');
    await t.invoke(t.windowFor('grounding')!, 'window:close');
    expect(t.liveWindows()).toEqual([]);
    expect(t.engine()).toMatchObject({ workMs: 0, phase: { kind: 'counting' } });
    expect(t.status()).toBe('Next break in about 45 min');
  });

  it('takes the place of an offer that is up', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    await untilOffer(t);
    const offer = t.windowFor('break')!;
    t.electron.globalShortcut.press(SHORTCUT);
    await t.settle();
    expect(offer.isDestroyed()).toBe(true);
    expect(t.liveWindows()).toEqual([t.windowFor('grounding')]);
  });

  it('leaves a breath the user is in the middle of alone, and each window ends on its own', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    t.trayMenu().click('Take a break now', 'Breathe');
    await t.settle();
    const breath = t.windowFor('break')!;
    t.electron.globalShortcut.press(SHORTCUT);
    await t.settle();
    const grounding = t.windowFor('grounding')!;
    expect(t.liveWindows()).toEqual([breath, grounding]);
    await t.invoke(breath, 'break:done');
    expect(breath.isDestroyed()).toBe(true);
    expect(grounding.isDestroyed()).toBe(false);
    expect(t.status()).toBe('On a break');
    await t.invoke(grounding, 'window:close');
    expect(t.liveWindows()).toEqual([]);
    expect(t.status()).toBe('Next break in about 45 min');
  });

  it('closes a grounding window left open for half an hour, and keeps time', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    t.electron.globalShortcut.press(SHORTCUT);
    await t.settle();
    await t.advance(30 * MIN);
    expect(t.liveWindows()).toEqual([]);
    expect(t.engine().phase.kind).toBe('counting');
  });
});
