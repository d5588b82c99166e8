import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNRESPONSIVE_GRACE_MS } from '../../../electron/main/windows/tend-window.ts';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { SECOND_DISPLAY } from '../../../harness/tend-journey.ts';
import { recordingController } from '../../support/recording-controller.ts';

let tend: LaunchedTend | undefined;
afterEach(() => {
  vi.useRealTimers();
  tend?.cleanup();
});


async function takeBreak(t: LaunchedTend, item = 'Breathe') {
  t.trayMenu().click('Take a break now', item);
  await t.settle();
  const win = t.windowFor('break');
  if (!win) throw new Error('no break window');
  return win;
}

describe('the break window', () => {
  it('opens once, secure, with the built preload, shown without taking focus', async () => {
    tend = await launchTend();
    const win = await takeBreak(tend);
    expect(tend.liveWindows()).toEqual([win]);
    const prefs = win.options.webPreferences ?? {};
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(existsSync(String(prefs['preload']))).toBe(true);
    expect(win.options).toMatchObject({ frame: false, alwaysOnTop: true, skipTaskbar: true, acceptFirstMouse: true,
      // Linux (the default profile): created focusable, since focusable: false is permanent there (break-window.ts).
      focusable: true, width: 380, height: 260 });
    expect(win.shownInactive).toBe(true);
    expect(win.isFocused()).toBe(false);
  });

  it('sits in the tray corner of the display under the cursor', async () => {
    tend = await launchTend({ before: (e) => e.screen.addDisplay(SECOND_DISPLAY) });
    tend.electron.fakeState.cursor = { x: 3000, y: 500 };
    const win = await takeBreak(tend);
    expect(win.getBounds()).toEqual({ x: 1920 + 2560 - 380 - 16, y: 1400 - 260 - 16, width: 380, height: 260 });
  });

  it('tells the page what to show, and answers break:current with the same', async () => {
    tend = await launchTend();
    const win = await takeBreak(tend, 'Tea');
    const sent = win.webContents.sent.filter((m) => m.channel === 'break:view');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.payload).toMatchObject({ view: 'tea' });
    await expect(tend.invoke(win, 'break:current')).resolves.toEqual({ ok: true, value: sent[0]?.payload });
  });

  // Windows, where setFocusable works and a press reaches the page at once; macOS and Linux differ
  // (tests/main/platform-profiles/break-window-focus.test.ts).
  it('takes focus only after the user presses inside it', async () => {
    tend = await launchTend({ profile: 'win32' });
    const win = await takeBreak(tend);
    win.focus();
    expect(win.isFocused()).toBe(false);
    await expect(tend.invoke(win, 'window:activate')).resolves.toEqual({ ok: true, value: null });
    expect(win.isFocusable()).toBe(true);
    expect(win.isFocused()).toBe(true);
  });

  it('is destroyed when the break ends, leaving no window behind', async () => {
    tend = await launchTend();
    const win = await takeBreak(tend);
    await tend.invoke(win, 'break:done');
    expect(win.isDestroyed()).toBe(true);
    expect(tend.liveWindows()).toEqual([]);
  });

  it.each([
    ['break:not-now', 'snooze'],
    ['break:skip', 'skip'],
    ['break:done', 'done'],
  ] as const)('passes %s to the engine as %s', async (channel, type) => {
    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory });
    const win = await takeBreak(tend);
    await tend.invoke(win, channel);
    expect(recording.inputs.at(-1)).toEqual({ type });
  });

  it('answers a choice with the prompt and tells the engine, without a second view for the page', async () => {
    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory });
    recording.perform({ type: 'showOffer' });
    await tend.settle();
    const win = tend.windowFor('break')!;
    expect(win.webContents.sent.at(-1)).toMatchObject({ channel: 'break:view', payload: { view: 'offer' } });
    const answer = await tend.invoke(win, 'break:choose', { kind: 'kind' });
    expect(answer).toMatchObject({ ok: true, value: { view: 'kind' } });
    expect(recording.inputs.at(-1)).toEqual({ type: 'choose', kind: 'kind' });
    expect(win.webContents.sent.filter((m) => m.channel === 'break:view')).toHaveLength(1);
    await expect(tend.invoke(win, 'break:current')).resolves.toEqual(answer);
  });

  it('moves to a remaining display when its display is unplugged', async () => {
    tend = await launchTend({ before: (e) => e.screen.addDisplay(SECOND_DISPLAY) });
    tend.electron.fakeState.cursor = { x: 3000, y: 500 };
    const win = await takeBreak(tend);
    tend.electron.fakeState.cursor = { x: 200, y: 200 };
    tend.electron.screen.removeDisplay(2);
    expect(win.getBounds()).toEqual({ x: 1920 - 380 - 16, y: 1040 - 260 - 16, width: 380, height: 260 });
    expect(win.isDestroyed()).toBe(false);
  });

  it('stays put when another display goes away', async () => {
    tend = await launchTend({ before: (e) => e.screen.addDisplay(SECOND_DISPLAY) });
    const win = await takeBreak(tend);
    const before = win.getBounds();
    tend.electron.screen.removeDisplay(2);
    expect(win.getBounds()).toEqual(before);
  });

  it('is cleaned up when its page crashes, and the next break still opens', async () => {
    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory });
    const win = await takeBreak(tend);
    win.webContents.crash('oom');
    expect(win.isDestroyed()).toBe(true);
    expect(tend.liveWindows()).toEqual([]);
    expect(recording.inputs.at(-1)).toEqual({ type: 'windowGone', window: 'break' });
    const next = await takeBreak(tend);
    expect(next).not.toBe(win);
    expect(tend.liveWindows()).toEqual([next]);
  });

  it('is closed when its page hangs for good, but kept when it recovers', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory });
    const win = await takeBreak(tend);
    win.hang();
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS - 1);
    win.recover();
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS);
    expect(win.isDestroyed()).toBe(false);
    win.hang();
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS);
    expect(win.isDestroyed()).toBe(true);
    expect(recording.inputs.at(-1)).toEqual({ type: 'windowGone', window: 'break' });
  });

  it('reports a window closed by the system as gone', async () => {
    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory });
    const win = await takeBreak(tend);
    win.close();
    expect(recording.inputs.at(-1)).toEqual({ type: 'windowGone', window: 'break' });
  });

  it('leaves no window and no extra listeners behind across ten breaks', async () => {
    tend = await launchTend();
    const { screen, app } = tend.electron;
    const listeners = (): number => screen.totalListenerCount() + app.totalListenerCount();
    await tend.invoke(await takeBreak(tend), 'break:done');
    const baseline = listeners();
    for (let i = 0; i < 10; i++) {
      const win = await takeBreak(tend, ['Breathe', 'Tea', 'Kind words'][i % 3]);
      if (i % 2 === 0) await tend.invoke(win, 'break:done');
      else win.webContents.crash();
      expect(tend.liveWindows()).toEqual([]);
    }
    expect(listeners()).toBe(baseline);
    expect(tend.runtime!.windows.registry.size()).toBe(0);
  });
});
