/**
 * The break offer on every platform profile: where it appears, whether it stays on top and off the
 * taskbar, that it never takes the keyboard by itself, and that a press inside it reaches the page and
 * gives it the keyboard (so Esc, Tab and Enter work). Where Tend is wrong on a profile the test is
 * `it.fails` (known-wrong.ts) and the reason is written beside it.
 */
import { afterEach, describe, expect } from 'vitest';
import { placeInCorner, trayCornerFor } from '../../../electron/core/window-placement.ts';
import { BREAK_WINDOW_SIZE } from '../../../electron/main/break-window.ts';
import type { FakeBrowserWindow } from '../../fake-electron/index.ts';
import { profiles, profileSpecs } from '../../fake-electron/profiles.ts';
import { launchTend, type LaunchedTend } from '../../support/launch-tend.ts';
import { itOn, journey, linuxProfiles, waylandProfiles } from './known-wrong.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const secondDisplay = {
  id: 2,
  bounds: { x: 1920, y: 0, width: 2560, height: 1440 },
  workArea: { x: 1920, y: 0, width: 2560, height: 1400 },
  scaleFactor: 1,
};

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
  // Wayland ignores window positions and does not tell where the pointer is (electron.d.ts
  // setPosition/getBounds/getCursorScreenPoint): Tend cannot put the offer in the tray corner there.
  itOn(profile, waylandProfiles)(`on ${profile} the offer appears in the tray corner of the display under the cursor`, journey, async () => {
    const t = (tend = await launchTend({ profile, before: (e) => e.screen.addDisplay(secondDisplay) }));
    t.electron.fakeState.cursor = { x: 3000, y: 500 };
    const win = await offer(t);
    expect(win.getBounds()).toEqual(placeInCorner(secondDisplay.workArea, BREAK_WINDOW_SIZE, trayCornerFor(profileSpecs[profile].platform)));
  });

  itOn(profile, [])(`on ${profile} the offer does not take the keyboard from what the user is typing in`, journey, async () => {
    const t = (tend = await launchTend({ profile }));
    t.electron.app.otherAppComesForward();
    const win = await offer(t);
    expect(win.isVisible()).toBe(true);
    expect(win.isFocused()).toBe(false);
  });

  // Wayland has no always-on-top for clients (electron.d.ts `alwaysOnTop`): the offer can sink behind windows.
  itOn(profile, waylandProfiles)(`on ${profile} the offer stays above other windows`, journey, async () => {
    const t = (tend = await launchTend({ profile }));
    expect((await offer(t)).keptOnTop).toBe(true);
  });

  // Linux ignores skipTaskbar (docs/breaking-changes.md); on Wayland every toplevel is listed.
  itOn(profile, waylandProfiles)(`on ${profile} the offer has no taskbar button`, journey, async () => {
    const t = (tend = await launchTend({ profile }));
    expect((await offer(t)).taskbarButton).toBe(false);
  });

  // macOS: acceptFirstMouse defaults to false and Tend does not set it, so the first press on the offer
  // (Tend is never the active app) only activates Tend and never reaches the page's buttons.
  itOn(profile, ['darwin'])(`on ${profile} the first press on the offer reaches the page`, journey, async () => {
    const t = (tend = await launchTend({ profile }));
    t.electron.app.otherAppComesForward();
    expect(await press(t, await offer(t))).toBe(true);
  });

  // Linux: the offer is created with focusable: false, which is permanent there (setFocusable is
  // darwin,win32; x11_window.cc keeps the window non-activatable), so Esc, Tab and Enter never reach it.
  itOn(profile, linuxProfiles)(`on ${profile} the offer takes the keyboard once the user presses inside it`, journey, async () => {
    const t = (tend = await launchTend({ profile }));
    t.electron.app.otherAppComesForward();
    const win = await offer(t);
    if (!(await press(t, win))) await press(t, win);
    expect(win.isFocused()).toBe(true);
  });

  // Windows: setFocusable(true) also calls SetSkipTaskbar(false) (native_window_views.cc), so the
  // press that gives the offer the keyboard also gives it a taskbar button.
  itOn(profile, ['win32', ...waylandProfiles])(`on ${profile} the offer stays off the taskbar after the user presses inside it`, journey, async () => {
    const t = (tend = await launchTend({ profile }));
    const win = await offer(t);
    if (!(await press(t, win))) await press(t, win);
    expect(win.taskbarButton).toBe(false);
  });
});
