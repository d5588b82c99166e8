/**
 * Windows on each profile: placement, stacking, the taskbar and keyboard focus behave as each platform
 * really does (sources in tests/fake-electron/windows.ts and focus.ts), never like an ideal OS.
 */
import { describe, expect, it } from 'vitest';
import { profiles } from './profiles.ts';
import { fakeOn, on, type Behaviour } from './support.ts';

const at = { x: 500, y: 300, width: 380, height: 260 };

const behaviours: Behaviour[] = [
  {
    name: 'the window ignores the position it is given',
    holds: on.wayland,
    check: ({ BrowserWindow }) => {
      const win = new BrowserWindow({ ...at, show: false });
      expect(win.getBounds()).toEqual({ x: 0, y: 0, width: 380, height: 260 });
      win.setPosition(40, 50);
      win.setBounds({ x: 60, y: 70, width: 400 });
      expect(win.getBounds()).toEqual({ x: 0, y: 0, width: 400, height: 260 });
    },
  },
  {
    name: 'the window goes where it is told',
    holds: on.notWayland,
    check: ({ BrowserWindow }) => {
      const win = new BrowserWindow({ ...at, show: false });
      expect(win.getBounds()).toEqual(at);
      win.setPosition(40, 50);
      expect(win.getBounds()).toMatchObject({ x: 40, y: 50 });
    },
  },
  {
    name: 'always-on-top never keeps the window above others',
    holds: on.wayland,
    check: ({ BrowserWindow }) => {
      const win = new BrowserWindow({ alwaysOnTop: true });
      expect(win.isAlwaysOnTop()).toBe(true);
      expect(win.keptOnTop).toBe(false);
    },
  },
  {
    name: 'always-on-top keeps the window above others',
    holds: on.notWayland,
    check: ({ BrowserWindow }) => expect(new BrowserWindow({ alwaysOnTop: true }).keptOnTop).toBe(true),
  },
  {
    name: 'a window created unfocusable stays on top on every workspace',
    holds: on.only('linux-x11'),
    check: ({ BrowserWindow }) => expect(new BrowserWindow({ focusable: false }).keptOnTop).toBe(true),
  },
  {
    name: 'showInactive shows the window and takes the keyboard like show()',
    holds: on.wayland,
    check: ({ BrowserWindow }) => {
      const win = new BrowserWindow({ show: false });
      win.showInactive();
      expect(win.isVisible()).toBe(true);
      expect(win.isFocused()).toBe(true);
    },
  },
  {
    name: 'showInactive leaves the keyboard where it was',
    holds: on.notWayland,
    check: ({ BrowserWindow }) => {
      const win = new BrowserWindow({ show: false });
      win.showInactive();
      expect(win.isVisible()).toBe(true);
      expect(win.isFocused()).toBe(false);
    },
  },
  {
    name: 'center() does not move the window',
    holds: on.wayland,
    check: ({ BrowserWindow }) => {
      const win = new BrowserWindow({ ...at });
      win.center();
      expect(win.requestedBounds).toMatchObject({ x: 500, y: 300 });
    },
  },
  {
    name: 'the cursor position says nothing about where the pointer is',
    holds: on.wayland,
    check: ({ screen, fakeState }) => {
      fakeState.cursor = { x: 1500, y: 900 };
      expect(screen.getCursorScreenPoint()).toEqual({ x: 0, y: 0 });
    },
  },
  {
    name: 'the cursor position is where the pointer is',
    holds: on.notWayland,
    check: ({ screen, fakeState }) => {
      fakeState.cursor = { x: 1500, y: 900 };
      expect(screen.getCursorScreenPoint()).toEqual({ x: 1500, y: 900 });
    },
  },
  {
    name: 'a window created unfocusable never takes the keyboard, even after setFocusable(true)',
    holds: on.linux,
    check: ({ BrowserWindow }) => {
      const win = new BrowserWindow({ focusable: false });
      win.setFocusable(true);
      win.focus();
      expect(win.isFocusable()).toBe(true);
      expect(win.isFocused()).toBe(false);
      expect(win.click().focused).toBe(false);
    },
  },
  {
    name: 'a window created unfocusable takes the keyboard once made focusable',
    holds: on.notLinux,
    check: ({ BrowserWindow, app }) => {
      const win = new BrowserWindow({ focusable: false });
      app.focus({ steal: true });
      win.setFocusable(true);
      win.focus();
      expect(win.isFocused()).toBe(true);
    },
  },
  {
    name: 'setFocusable(true) gives a skipTaskbar window a taskbar button',
    holds: on.only('win32'),
    check: ({ BrowserWindow }) => {
      const win = new BrowserWindow({ focusable: false, skipTaskbar: true });
      expect(win.taskbarButton).toBe(false);
      win.setFocusable(true);
      expect(win.taskbarButton).toBe(true);
    },
  },
  {
    name: 'skipTaskbar does not keep a window off the taskbar',
    holds: on.linux,
    check: ({ BrowserWindow }) => expect(new BrowserWindow({ skipTaskbar: true }).taskbarButton).toBe(true),
  },
  {
    name: 'focus() does not give the keyboard while another app is active, app.focus({ steal: true }) does',
    holds: on.only('darwin'),
    check: ({ BrowserWindow, app }) => {
      const win = new BrowserWindow({});
      app.otherAppComesForward();
      win.focus();
      expect(win.isFocused()).toBe(false);
      app.focus();
      expect(win.isFocused()).toBe(false);
      app.focus({ steal: true });
      expect(win.isFocused()).toBe(true);
    },
  },
  {
    name: 'the first click on a window of the inactive app only activates it',
    holds: on.only('darwin'),
    check: ({ BrowserWindow, app }) => {
      const win = new BrowserWindow({});
      app.otherAppComesForward();
      expect(win.click()).toEqual({ reachedPage: false, focused: true });
      expect(win.click().reachedPage).toBe(true);
      const eager = new BrowserWindow({ acceptFirstMouse: true });
      app.otherAppComesForward();
      expect(eager.click().reachedPage).toBe(true);
    },
  },
  {
    name: 'the first click reaches the page',
    holds: on.except('darwin'),
    check: ({ BrowserWindow, app }) => {
      const win = new BrowserWindow({});
      app.otherAppComesForward();
      expect(win.click().reachedPage).toBe(true);
    },
  },
  {
    name: 'focus() on a window that lost the keyboard only asks for attention',
    holds: on.wayland,
    check: ({ BrowserWindow, app }) => {
      const win = new BrowserWindow({});
      app.otherAppComesForward();
      win.focus();
      expect(win.isFocused()).toBe(false);
      expect(win.attentionRequested).toBe(true);
    },
  },
];

describe.each(profiles)('windows on %s', (profile) => {
  const holding = behaviours.filter((b) => b.holds(profile));
  it.each(holding.map((b) => [b.name, b] as const))(`on ${profile} %s`, { timeout: 20_000 }, async (_name, behaviour) => {
    await behaviour.check(await fakeOn(profile));
  });
});
