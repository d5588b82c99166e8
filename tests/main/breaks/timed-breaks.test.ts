/**
 * Timed breaks through the real main code and the real engine, on the fake electron with fake time:
 * what the user sees in the tray and on screen as minutes of work go by, and what their answers do.
 * The user is at the keyboard (idle 0: typing all the time) unless a test says otherwise.
 */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { appListenerCount, MIN, MONDAY_9AM, SEC, untilOffer } from '../../../harness/tend-journey.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());


/** Tend at 09:00 on a Monday with the user typing. */
async function atWork(options: Parameters<typeof launchTend>[0] = {}): Promise<LaunchedTend> {
  tend = await launchTend({ clock: MONDAY_9AM, ...options });
  return tend;
}

const breakWindows = (t: LaunchedTend) => t.liveWindows().filter((w) => w.loaded?.hash === '/break');

describe('a timed break', () => {
  it('comes after 45 minutes of work, as one secure break window shown without focus', async () => {
    const t = await atWork();
    expect(t.status()).toBe('Next break in about 45 min');
    await t.advance(44 * MIN);
    expect(t.liveWindows()).toEqual([]);
    expect(t.status()).toBe('Next break in about 1 min');
    // Typing at the due moment: the offer waits for a lull, at most a minute.
    await t.advance(1 * MIN);
    expect(t.status()).toBe('A break is ready for the next quiet moment');
    expect(t.liveWindows()).toEqual([]);
    await t.advance(1 * MIN);
    const windows = breakWindows(t);
    expect(windows).toHaveLength(1);
    expect(t.liveWindows()).toEqual(windows);
    const win = windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(existsSync(String(win.options.webPreferences?.['preload']))).toBe(true);
    expect(win.options).toMatchObject({ frame: false, alwaysOnTop: true, skipTaskbar: true, acceptFirstMouse: true,
      // Linux (the default profile): created focusable, since focusable: false is permanent there (break-window.ts).
      focusable: true });
    expect(win.shownInactive).toBe(true);
    expect(win.isFocused()).toBe(false);
    expect(win.webContents.sent.at(-1)).toMatchObject({ channel: 'break:view', payload: { view: 'offer', kinds: ['breath', 'tea', 'kind'] } });
    expect(t.status()).toBe('A little pause is on offer');
  });

  it('shows within a couple of seconds when the user pauses in typing at the due moment', async () => {
    const t = await atWork();
    t.electron.fakeState.idleSeconds = 4;
    // Due at 45 min: Tend first asks whether the moment is busy (issue #16), then looks at idle once more.
    await t.advance(45 * MIN);
    expect(breakWindows(t)).toHaveLength(0);
    await t.advance(2 * SEC);
    expect(breakWindows(t)).toHaveLength(1);
  });

  it('opens the chosen prompt in the same window, and ends the break when the prompt is done', async () => {
    const t = await atWork();
    expect(await untilOffer(t)).toBeCloseTo(46, 0);
    const win = t.windowFor('break')!;
    await expect(t.invoke(win, 'break:choose', { kind: 'breath' })).resolves.toMatchObject({ ok: true, value: { view: 'breath' } });
    expect(t.engine().phase).toMatchObject({ kind: 'break', prompt: 'breath' });
    expect(t.status()).toBe('On a break');
    expect(t.liveWindows()).toEqual([win]);
    await t.invoke(win, 'break:done');
    expect(win.isDestroyed()).toBe(true);
    expect(t.liveWindows()).toEqual([]);
    expect(t.engine()).toMatchObject({ workMs: 0, phase: { kind: 'counting' } });
    expect(t.status()).toBe('Next break in about 45 min');
    // A taken break starts a full interval.
    expect(await untilOffer(t)).toBeCloseTo(46, 0);
  });

  it('"Not now" closes the window and asks again after 5 minutes of work', async () => {
    const t = await atWork();
    await untilOffer(t);
    const win = t.windowFor('break')!;
    await t.invoke(win, 'break:not-now');
    expect(win.isDestroyed()).toBe(true);
    expect(t.engine()).toMatchObject({ dueAfter: 'snooze', phase: { kind: 'counting' } });
    expect(await untilOffer(t)).toBeCloseTo(6, 0);
  });

  it('"Skip" closes the window and waits a full interval', async () => {
    const t = await atWork();
    await untilOffer(t);
    await t.invoke(t.windowFor('break')!, 'break:skip');
    expect(t.liveWindows()).toEqual([]);
    expect(t.engine().dueAfter).toBe('interval');
    expect(await untilOffer(t)).toBeCloseTo(46, 0);
  });

  it('lets an ignored offer fade after 2 minutes, counted as "not now"', async () => {
    const t = await atWork();
    await untilOffer(t);
    const win = t.windowFor('break')!;
    await t.advance(2 * MIN);
    expect(win.isDestroyed()).toBe(true);
    expect(t.engine().dueAfter).toBe('snooze');
    expect(await untilOffer(t)).toBeCloseTo(6, 0);
  });

  it('leaves no window alive between breaks, across ten breaks answered every way', async () => {
    const t = await atWork();
    const baseline = appListenerCount(t);
    const answers = ['break:done', 'break:not-now', 'break:skip', 'ignore', 'crash'] as const;
    for (let i = 0; i < 10; i++) {
      await untilOffer(t);
      expect(breakWindows(t)).toHaveLength(1);
      const win = t.windowFor('break')!;
      const answer = answers[i % answers.length]!;
      if (answer === 'break:done') {
        await t.invoke(win, 'break:choose', { kind: 'tea' });
        await t.invoke(win, 'break:done');
      } else if (answer === 'ignore') await t.advance(2 * MIN);
      else if (answer === 'crash') win.webContents.crash('oom');
      else await t.invoke(win, answer);
      expect(t.liveWindows()).toEqual([]);
      expect(t.runtime!.windows.registry.size()).toBe(0);
    }
    expect(appListenerCount(t)).toBe(baseline);
  });
});

describe('pausing', () => {
  it('paused until resumed: no offer and not a single timer wake-up for hours', async () => {
    const t = await atWork();
    await t.advance(10 * MIN);
    t.trayMenu().click('Pause', 'Until I resume');
    const wakeups = t.runtime!.timer.wakeups();
    const samples = t.electron.fakeState.idleQueries;
    await t.advance(8 * 60 * MIN);
    expect(t.runtime!.timer.wakeups()).toBe(wakeups);
    expect(t.runtime!.timer.armedFor()).toBeNull();
    // Not Tend's timer only: no timer of any kind is pending in the main process.
    expect(vi.getTimerCount()).toBe(0);
    expect(t.electron.fakeState.idleQueries).toBe(samples);
    expect(t.liveWindows()).toEqual([]);
    expect(t.status()).toBe('Paused until you resume');
    t.trayMenu().click('Resume');
    expect(t.status()).toBe('Next break in about 45 min');
    expect(await untilOffer(t)).toBeCloseTo(46, 0);
  });

  it('a pause drops an offer that is up', async () => {
    const t = await atWork();
    await untilOffer(t);
    t.trayMenu().click('Pause', '30 minutes');
    expect(t.liveWindows()).toEqual([]);
    expect(t.status()).toBe('Paused until 10:16');
  });

  it('a manual break works while paused, and the tray still offers Resume meanwhile', async () => {
    const t = await atWork();
    t.trayMenu().click('Pause', '2 hours');
    t.trayMenu().click('Take a break now', 'Tea');
    await t.settle();
    expect(t.windowFor('break')?.webContents.sent.at(-1)).toMatchObject({ payload: { view: 'tea' } });
    expect(t.status()).toBe('On a break');
    expect(t.trayMenu().labels()).toContain('Resume');
    await t.invoke(t.windowFor('break')!, 'break:done');
    expect(t.status()).toBe('Paused until 11:00');
  });
});

describe('changing settings', () => {
  async function updateSettings(t: LaunchedTend, patch: Record<string, unknown>) {
    t.trayMenu().click('Settings…');
    await t.settle();
    return t.invoke(t.windowFor('settings')!, 'settings:update', patch);
  }

  it('a shorter interval applies now and keeps the work already counted', async () => {
    const t = await atWork();
    await t.advance(20 * MIN);
    await expect(updateSettings(t, { intervalMin: 30 })).resolves.toMatchObject({ ok: true, value: { saved: true } });
    expect(t.engine().workMs).toBe(20 * MIN);
    expect(t.status()).toBe('Next break in about 10 min');
    t.windowFor('settings')!.close();
    // 10 more minutes of work, then the usual wait for a lull.
    expect(await untilOffer(t)).toBeCloseTo(11, 0);
  });

  it('an interval already passed shows the offer at the next quiet moment, not a whole interval later', async () => {
    const t = await atWork();
    await t.advance(20 * MIN);
    t.electron.fakeState.idleSeconds = 5;
    await updateSettings(t, { intervalMin: 15 });
    expect(t.status()).toBe('A break is ready for the next quiet moment');
    await t.advance(5 * SEC);
    expect(breakWindows(t)).toHaveLength(1);
  });

  it('working hours turned on in the evening: no offers until they begin, a manual break still works', async () => {
    const t = (tend = await launchTend({ clock: Date.UTC(2026, 2, 2, 19, 0, 0) }));
    const days = [[], ...Array.from({ length: 5 }, () => [{ start: 9 * 60, end: 17 * 60 }]), []];
    await updateSettings(t, { workingHours: { enabled: true, days } });
    t.windowFor('settings')!.close();
    expect(t.status()).toBe('Outside working hours · back Tuesday at 09:00');
    const wakeups = t.runtime!.timer.wakeups();
    await t.advance(14 * 60 * MIN);
    // One wake-up at 09:00 to start counting, nothing through the night.
    expect(t.runtime!.timer.wakeups() - wakeups).toBeLessThanOrEqual(2);
    expect(t.liveWindows()).toEqual([]);
    expect(t.status()).toBe('Next break in about 45 min');
    t.trayMenu().click('Take a break now', 'Breathe');
    await t.settle();
    expect(t.windowFor('break')).toBeDefined();
  });

  it('a change that does not touch timing (the theme) leaves the plan alone', async () => {
    const t = await atWork();
    await t.advance(20 * MIN);
    const before = t.engine();
    await updateSettings(t, { theme: 'dark' });
    expect(t.engine()).toBe(before);
  });
});
