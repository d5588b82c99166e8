import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeEvent } from '../../fake-electron/emitter.ts';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { recordingController } from '../../support/recording-controller.ts';

let tend: LaunchedTend | undefined;
afterEach(() => {
  vi.useRealTimers();
  tend?.cleanup();
});

const MIN = 60_000;
const START = Date.UTC(2026, 2, 2, 9, 0, 0);

async function launchWithClock(extra: Parameters<typeof launchTend>[0] = {}) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(START);
  const recording = recordingController();
  const launched = await launchTend({ controller: recording.factory, ...extra });
  return { launched, recording };
}

describe('wiring the engine’s effects and inputs', () => {
  it('keeps one timer for the earliest of armTimer and pollIdleAt, and samples idle only when asked', async () => {
    const { launched, recording } = await launchWithClock();
    tend = launched;
    vi.advanceTimersByTime(60 * MIN);
    expect(tend.electron.fakeState.idleQueries).toBe(0);
    expect(vi.getTimerCount()).toBe(0);

    recording.perform({ type: 'armTimer', at: START + 61 * MIN + 45 * MIN });
    recording.perform({ type: 'pollIdleAt', at: START + 61 * MIN });
    expect(vi.getTimerCount()).toBe(1);
    tend.electron.fakeState.idleSeconds = 17;
    await vi.advanceTimersByTimeAsync(MIN);
    expect(tend.electron.fakeState.idleQueries).toBe(1);
    expect(recording.inputs.at(-1)).toEqual({ type: 'idleSample', idleSeconds: 17 });
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(45 * MIN);
    expect(recording.inputs.at(-1)).toEqual({ type: 'tick' });
    expect(tend.electron.fakeState.idleQueries).toBe(1);
    expect(tend.runtime!.timer.wakeups()).toBe(2);
  });

  it('reports idle as unknown on a Wayland desktop without GNOME', async () => {
    // No session bus in the environment: nothing to ask for idle time.
    const { launched, recording } = await launchWithClock({ env: { XDG_SESSION_TYPE: 'wayland' } });
    tend = launched;
    recording.perform({ type: 'pollIdleAt', at: START + MIN });
    await vi.advanceTimersByTimeAsync(MIN);
    expect(recording.inputs.at(-1)).toEqual({ type: 'idleSample', idleSeconds: null });
  });

  it('passes lock, unlock, suspend and resume on, and not shutdown (nothing to plan)', async () => {
    const recording = recordingController();
    // macOS: the one platform where Electron reports all five (electron.d.ts @platform tags).
    tend = await launchTend({ controller: recording.factory, profile: 'darwin' });
    for (const e of ['lock-screen', 'unlock-screen', 'suspend', 'resume', 'shutdown']) tend.electron.powerMonitor.emit(e, fakeEvent());
    expect(recording.inputs.map((i) => i.type)).toEqual(['lock', 'unlock', 'suspend', 'wake']);
  });

  it('shows the offer inactive, hides it, and sets the tray status', async () => {
    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory });
    recording.showStatus({ text: 'Next pause in about 40 minutes', paused: false });
    expect(tend.trayMenu().labels()[0]).toBe('Next pause in about 40 minutes');
    recording.perform({ type: 'showOffer' });
    await tend.settle();
    const win = tend.windowFor('break')!;
    expect(win.shownInactive).toBe(true);
    expect(win.webContents.sent.at(-1)).toMatchObject({ channel: 'break:view', payload: { view: 'offer' } });
    recording.perform({ type: 'hideOffer' });
    expect(tend.liveWindows()).toEqual([]);
  });

  it('remembers gentle mode in the settings', async () => {
    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory });
    recording.perform({ type: 'enterGentleMode', until: START + 12 * 60 * MIN });
    expect(tend.runtime!.store.get().gentleModeUntil).toBe(START + 12 * 60 * MIN);
  });

  it('stops the timer and the shortcut when Tend quits', async () => {
    const { launched, recording } = await launchWithClock();
    tend = launched;
    recording.perform({ type: 'armTimer', at: START + MIN });
    tend.electron.app.quit();
    expect(vi.getTimerCount()).toBe(0);
    expect(tend.electron.fakeState.shortcuts.size).toBe(0);
  });
});

describe('start at login from the settings window', () => {
  async function setStartAtLogin(t: LaunchedTend, on: boolean) {
    t.trayMenu().click('Settings…');
    await t.settle();
    return t.invoke(t.windowFor('settings')!, 'settings:update', { startAtLogin: on });
  }

  it.each(['darwin', 'win32'])('uses the system login item on %s', async (platform) => {
    tend = await launchTend({ platform });
    await expect(setStartAtLogin(tend, true)).resolves.toMatchObject({ ok: true, value: { saved: true } });
    expect(tend.electron.fakeState.loginItemCalls).toEqual([{ openAtLogin: true }]);
  });

  it('writes and removes the autostart entry on Linux', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'tend-test-'));
    const xdg = join(userDataDir, 'xdg');
    tend = await launchTend({ userDataDir, platform: 'linux', env: { XDG_CONFIG_HOME: xdg } });
    const file = join(xdg, 'autostart', 'app.tend.Tend.desktop');
    await setStartAtLogin(tend, true);
    expect(readFileSync(file, 'utf8')).toContain('Exec="');
    await setStartAtLogin(tend, false);
    expect(existsSync(file)).toBe(false);
    expect(tend.runtime!.store.get().startAtLogin).toBe(false);
  });
});
