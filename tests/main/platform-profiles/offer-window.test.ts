/**
 * The break offer on every platform profile: that a timed offer never takes the keyboard from someone
 * typing and is still seen, where the break window appears, whether it stays on top and off the
 * taskbar, and that a press inside it reaches the page and gives it the keyboard (so Esc, Tab and Enter
 * work). Where the platform makes a behaviour impossible the test is skipped with the reason in its
 * name (known-wrong.ts `cannotOn`); Wayland's offer starts as an invitation (wayland-offer.test.ts).
 */
import { afterEach, describe, expect } from 'vitest';
import { placeInCorner, trayCornerFor } from '../../../electron/core/window-placement.ts';
import { BREAK_WINDOW_SIZE } from '../../../electron/main/windows/break-window.ts';
import type { FakeBrowserWindow } from '../../fake-electron/index.ts';
import { profiles, profileSpecs, type ProfileName } from '../../fake-electron/profiles.ts';
import type { LaunchedTend } from '../../../harness/launch-tend.ts';
import { idleFollows, MIN, MONDAY_9AM, SECOND_DISPLAY, typingIdle } from '../../../harness/tend-journey.ts';
import { cannotOn, itOn, journey, waylandProfiles } from './known-wrong.ts';
import { launchOn } from './profile-session.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());


// Native Wayland: "not supported on Wayland" in electron.d.ts for x/y and setPosition, alwaysOnTop
// and showInactive; every toplevel is listed in the dock or task manager. Tend cannot help these.
const waylandWindow = 'Wayland gives clients no window position, always-on-top, showInactive or skip-taskbar (electron.d.ts), so the timed offer is an invitation there';
const wayland = Object.fromEntries(waylandProfiles.map((p) => [p, waylandWindow])) as Partial<Record<ProfileName, string>>;
// X11: the window must be created focusable to ever take the keyboard (x11_window.cc), and Electron 20
// removed skip-taskbar on Linux (electron/electron#35156): while it stands it has a taskbar entry.
const x11Taskbar = { ...wayland, 'linux-x11': 'a focusable window has a taskbar entry on X11 since Electron 20 removed skip-taskbar on Linux (electron/electron#35156)' };

/** The user asks for a break from the tray: the break window opens. */
async function offer(t: LaunchedTend): Promise<FakeBrowserWindow> {
  t.trayMenu().click('Take a break now', 'Breathe');
  await t.settle();
  const win = t.windowFor('break');
  if (!win) throw new Error('no break window');
  return win;
}

/** The user presses inside the offer; the page asks for the keyboard only if the press reached it. */
async function press(t: LaunchedTend, win: FakeBrowserWindow): Promise<boolean> {
  const { reachedPage } = win.click();
  if (reachedPage) await t.invoke(win, 'window:activate');
  return reachedPage;
}

describe.each(profiles)('the offer on %s', (profile) => {
  const onWayland = (waylandProfiles as readonly ProfileName[]).includes(profile);

  // The journey that matters most: the user is typing in another app when a timed offer falls due.
  itOn(profile, [])(`on ${profile} a timed offer leaves the keyboard with what the user is typing in, and is seen`, journey, async () => {
    const t = (tend = await launchOn(profile, { clock: MONDAY_9AM, settings: { intervalMin: 5 } }));
    const since = Date.now();
    idleFollows(t, (now) => typingIdle(since, now));
    t.electron.app.otherAppComesForward();
    await t.advance(6 * MIN);
    expect(t.electron.BrowserWindow.getFocusedWindow()).toBeNull();
    if (onWayland) {
      // No window uninvited: a notification and a tray line stand in (offer-invitation.ts).
      expect(t.windowFor('break')).toBeUndefined();
      expect(t.electron.fakeState.notificationsRequested).toContainEqual({ title: 'A little pause?', body: expect.any(String) as unknown });
      expect(t.trayMenu().labels()).toContain('A little pause is ready');
    } else {
      expect(t.windowFor('break')?.isVisible()).toBe(true);
    }
  });

  cannotOn(profile, wayland)(`on ${profile} the offer appears in the tray corner of the display under the cursor`, journey, async () => {
    const t = (tend = await launchOn(profile, { before: (e) => e.screen.addDisplay(SECOND_DISPLAY) }));
    t.electron.fakeState.cursor = { x: 3000, y: 500 };
    const win = await offer(t);
    expect(win.getBounds()).toEqual(placeInCorner(SECOND_DISPLAY.workArea, BREAK_WINDOW_SIZE, trayCornerFor(profileSpecs[profile].platform)));
  });

  cannotOn(profile, wayland)(`on ${profile} the offer window does not take the keyboard by itself`, journey, async () => {
    const t = (tend = await launchOn(profile));
    t.electron.app.otherAppComesForward();
    const win = await offer(t);
    expect(win.isVisible()).toBe(true);
    expect(win.isFocused()).toBe(false);
  });

  cannotOn(profile, wayland)(`on ${profile} the offer stays above other windows`, journey, async () => {
    const t = (tend = await launchOn(profile));
    expect((await offer(t)).keptOnTop).toBe(true);
  });

  cannotOn(profile, x11Taskbar)(`on ${profile} the offer has no taskbar button`, journey, async () => {
    const t = (tend = await launchOn(profile));
    expect((await offer(t)).taskbarButton).toBe(false);
  });

  // macOS: acceptFirstMouse (electron.d.ts) lets the first press act although Tend is never the active app.
  itOn(profile, [])(`on ${profile} the first press on the offer reaches the page`, journey, async () => {
    const t = (tend = await launchOn(profile));
    t.electron.app.otherAppComesForward();
    expect(await press(t, await offer(t))).toBe(true);
  });

  // Linux: created focusable, since focusable: false is permanent there (x11_window.cc).
  itOn(profile, [])(`on ${profile} the offer takes the keyboard once the user presses inside it`, journey, async () => {
    const t = (tend = await launchOn(profile));
    t.electron.app.otherAppComesForward();
    const win = await offer(t);
    if (!(await press(t, win))) await press(t, win);
    expect(win.isFocused()).toBe(true);
  });

  // Windows: setFocusable(true) also calls SetSkipTaskbar(false) (native_window_views.cc); Tend puts
  // the skip back at once.
  cannotOn(profile, x11Taskbar)(`on ${profile} the offer stays off the taskbar after the user presses inside it`, journey, async () => {
    const t = (tend = await launchOn(profile));
    const win = await offer(t);
    if (!(await press(t, win))) await press(t, win);
    expect(win.taskbarButton).toBe(false);
  });
});
