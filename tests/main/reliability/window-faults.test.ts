/**
 * Windows whose page dies or whose display goes away, through the real main code, for the windows the
 * journeys do not already cover (break window crashes and hangs: tests/main/breaks/engine-faults.test.ts and
 * break-window.test.ts; the break window on an unplugged display: break-window.test.ts). Every kind of
 * window is cleaned up without a trace, opens again fresh, and the timed breaks carry on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { WindowRole } from '../../../electron/core/window-roles.ts';
import { fakeEvent } from '../../fake-electron/emitter.ts';
import type { FakeBrowserWindow } from '../../fake-electron/index.ts';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { appListenerCount, MONDAY_9AM, SECOND_DISPLAY, untilOffer } from '../../../harness/tend-journey.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());


/** Opens a window of `role` the way the user does (the break window: a timed offer). */
async function open(t: LaunchedTend, role: WindowRole): Promise<FakeBrowserWindow> {
  if (role === 'break') await untilOffer(t);
  else if (role === 'grounding') t.electron.globalShortcut.press('CommandOrControl+Alt+G');
  else if (role === 'settings') t.trayMenu().click('Settings…');
  else t.runtime!.windows[role].open();
  await t.settle();
  const win = t.windowFor(role);
  if (!win) throw new Error(`no ${role} window`);
  return win;
}

const centre = (win: FakeBrowserWindow): { x: number; y: number } => {
  const b = win.getBounds();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};
const onPrimary = (win: FakeBrowserWindow): boolean => {
  const { x, y } = centre(win);
  return x >= 0 && x < 1920 && y >= 0 && y < 1080;
};

describe('a window whose page crashes', () => {
  it.each(['grounding', 'settings', 'welcome'] as const)('the %s window is destroyed and forgotten, opens again fresh, and breaks go on', async (role) => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    const baseline = appListenerCount(t);
    const win = await open(t, role);
    win.webContents.crash('crashed');
    await t.settle();
    expect(win.isDestroyed()).toBe(true);
    expect(t.liveWindows()).toEqual([]);
    expect(t.runtime!.windows.registry.size()).toBe(0);
    expect(appListenerCount(t)).toBe(baseline);

    const again = await open(t, role);
    expect(again).not.toBe(win);
    expect(t.liveWindows()).toEqual([again]);
    again.close();
    await t.settle();
    // The rhythm is intact: a full interval of work brings the next offer.
    expect(await untilOffer(t)).toBeLessThanOrEqual(47);
  });

  it.each(['crashed', 'oom', 'killed', 'launch-failed', 'integrity-failure', 'abnormal-exit'])(
    'an offer whose renderer goes away (%s) leaves nothing behind, and the offer comes back',
    async (reason) => {
      const t = (tend = await launchTend({ clock: MONDAY_9AM }));
      const baseline = appListenerCount(t);
      const win = await open(t, 'break');
      win.webContents.crash(reason);
      expect(t.liveWindows()).toEqual([]);
      expect(appListenerCount(t)).toBe(baseline);
      expect(await untilOffer(t)).toBeLessThanOrEqual(7);
      expect(t.liveWindows()).toHaveLength(1);
    },
  );
});

describe('a window on a display that goes away', () => {
  it.each(['break', 'grounding', 'settings', 'welcome'] as const)('the %s window moves onto a remaining display when its display is unplugged', async (role) => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM, before: (e) => e.screen.addDisplay(SECOND_DISPLAY) }));
    t.electron.fakeState.cursor = { x: 3000, y: 500 };
    const win = await open(t, role);
    // Settings and welcome open where the system puts them; the user drags them to the other display.
    if (role === 'settings' || role === 'welcome') win.setBounds({ x: 2500, y: 400 });
    expect(onPrimary(win)).toBe(false);
    t.electron.fakeState.cursor = { x: 200, y: 200 };
    t.electron.screen.removeDisplay(2);
    expect(win.isDestroyed()).toBe(false);
    expect(onPrimary(win)).toBe(true);
    expect(win.getBounds().x + win.getBounds().width).toBeLessThanOrEqual(1920);
  });

  it('a display that shrinks (resolution change) under the window moves it back into view', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM, before: (e) => e.screen.addDisplay(SECOND_DISPLAY) }));
    t.electron.fakeState.cursor = { x: 4000, y: 1200 };
    const win = await open(t, 'break');
    const smaller = { ...SECOND_DISPLAY, bounds: { ...SECOND_DISPLAY.bounds, width: 1280, height: 720 }, workArea: { ...SECOND_DISPLAY.workArea, width: 1280, height: 680 } };
    t.electron.fakeState.displays = [t.electron.fakeState.displays[0]!, smaller];
    t.electron.fakeState.cursor = { x: 2000, y: 100 };
    t.electron.screen.emit('display-metrics-changed', fakeEvent(), smaller, ['bounds', 'workArea']);
    const { x, y } = centre(win);
    expect(x >= 1920 && x < 1920 + 1280 && y >= 0 && y < 720).toBe(true);
  });

  it('no window is touched when the displays change with none open, and none is left listening after', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM, before: (e) => e.screen.addDisplay(SECOND_DISPLAY) }));
    const baseline = t.electron.screen.totalListenerCount();
    const win = await open(t, 'break');
    await t.invoke(win, 'break:skip');
    expect(t.electron.screen.totalListenerCount()).toBe(baseline);
    t.electron.screen.removeDisplay(2);
    expect(t.liveWindows()).toEqual([]);
  });
});
