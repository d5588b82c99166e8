/**
 * The rest of the desktop on each profile: power events, notifications, the tray and its panel, themes,
 * global shortcuts and the app's platform-only APIs behave as each platform really does (sources next
 * to the code in tests/fake-electron), never like an ideal OS.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeEvent } from './emitter.ts';
import { profiles } from './profiles.ts';
import { fakeOn, on, type Behaviour } from './support.ts';

const icon = join(import.meta.dirname, '../../resources/tray/tray-light.png');
const SHORTCUT = 'CommandOrControl+Alt+G';

function heard(electron: Awaited<ReturnType<typeof fakeOn>>, event: string): boolean {
  const listener = vi.fn();
  electron.powerMonitor.on(event, listener);
  electron.powerMonitor.emit(event, fakeEvent());
  return listener.mock.calls.length === 1;
}

const behaviours: Behaviour[] = [
  { name: 'the screen lock is never reported', holds: on.linux, check: (e) => expect([heard(e, 'lock-screen'), heard(e, 'unlock-screen')]).toEqual([false, false]) },
  { name: 'the screen lock is reported', holds: on.notLinux, check: (e) => expect([heard(e, 'lock-screen'), heard(e, 'unlock-screen')]).toEqual([true, true]) },
  { name: 'shutdown is never reported', holds: on.only('win32'), check: (e) => expect(heard(e, 'shutdown')).toBe(false) },
  { name: 'shutdown is reported', holds: on.except('win32'), check: (e) => expect(heard(e, 'shutdown')).toBe(true) },
  { name: 'sleep and waking are reported', holds: () => true, check: (e) => expect([heard(e, 'suspend'), heard(e, 'resume')]).toEqual([true, true]) },
  {
    name: 'a toast appears only for the AppUserModelID of the installed shortcut, and show() cannot tell',
    holds: on.only('win32'),
    check: ({ app, Notification, fakeState }) => {
      fakeState.installedAppUserModelId = 'app.tend.Tend';
      const shown = vi.fn();
      const first = new Notification({ title: 'Tend', body: 'one' });
      first.on('show', shown);
      first.show();
      expect(shown).toHaveBeenCalledTimes(1);
      expect(fakeState.notifications).toEqual([]);
      app.setAppUserModelId?.('app.tend.Tend');
      new Notification({ title: 'Tend', body: 'two' }).show();
      expect(fakeState.notifications.map((n) => n.body)).toEqual(['two']);
    },
  },
  {
    name: 'app.setAppUserModelId does not exist',
    holds: on.except('win32'),
    check: ({ app }) => expect(app.setAppUserModelId).toBeUndefined(),
  },
  {
    name: 'a notification the system drops still reports that it was shown',
    holds: () => true,
    check: ({ Notification, fakeState }) => {
      fakeState.notificationsDropped = true;
      const shown = vi.fn();
      const note = new Notification({ title: 'Tend', body: 'hello' });
      note.on('show', shown);
      note.show();
      expect(shown).toHaveBeenCalledTimes(1);
      expect(fakeState.notificationsRequested).toHaveLength(1);
      expect(fakeState.notifications).toEqual([]);
    },
  },
  {
    name: 'a tray is made but the user cannot see it',
    holds: on.only('linux-wayland-gnome-no-tray'),
    check: ({ Tray, nativeImage }) => {
      const tray = new Tray(nativeImage.createFromPath(icon));
      expect(tray.visibleToUser).toBe(false);
      expect(() => tray.openMenu()).toThrow(/cannot see the tray icon/);
    },
  },
  { name: 'the tray icon can be seen', holds: on.except('linux-wayland-gnome-no-tray'), check: ({ Tray, nativeImage }) => expect(new Tray(nativeImage.createFromPath(icon)).visibleToUser).toBe(true) },
  {
    name: 'popUpContextMenu does nothing',
    holds: on.linux,
    check: ({ Tray, nativeImage }) => {
      const tray = new Tray(nativeImage.createFromPath(icon));
      tray.popUpContextMenu();
      expect(tray.popUps).toBe(0);
    },
  },
  {
    name: 'the top bar behind the tray is dark in the light style too',
    holds: on.gnome,
    check: ({ nativeTheme, trayPanelIsDark }) => {
      nativeTheme.setSystemDark(false);
      expect(trayPanelIsDark()).toBe(true);
    },
  },
  {
    name: 'the taskbar has its own light or dark setting, apart from the apps',
    holds: on.only('win32'),
    check: ({ nativeTheme, trayPanelIsDark }) => {
      nativeTheme.setTaskbarDark(true);
      expect([nativeTheme.shouldUseDarkColors, nativeTheme.shouldUseDarkColorsForSystemIntegratedUI, trayPanelIsDark()]).toEqual([false, true, true]);
    },
  },
  {
    name: 'the panel behind the tray follows the system theme',
    holds: on.only('darwin', 'linux-x11', 'linux-wayland-kde'),
    check: ({ nativeTheme, trayPanelIsDark }) => {
      nativeTheme.setSystemDark(true);
      expect([trayPanelIsDark(), nativeTheme.shouldUseDarkColorsForSystemIntegratedUI]).toEqual([true, true]);
    },
  },
  {
    name: 'a shortcut another app holds is accepted, and never fires',
    holds: on.wayland,
    check: ({ globalShortcut, fakeState }) => {
      fakeState.desktopName = 'app.tend.Tend.desktop';
      fakeState.takenShortcuts.add(SHORTCUT);
      const press = vi.fn();
      expect(globalShortcut.register(SHORTCUT, press)).toBe(true);
      expect(globalShortcut.press(SHORTCUT)).toBe(false);
      expect(press).not.toHaveBeenCalled();
    },
  },
  {
    name: 'a shortcut another app holds fails to register',
    holds: on.notWayland,
    check: ({ globalShortcut, fakeState }) => {
      fakeState.takenShortcuts.add(SHORTCUT);
      expect(globalShortcut.register(SHORTCUT, vi.fn())).toBe(false);
    },
  },
  {
    name: 'a shortcut fires only for an app whose .desktop name is reverse-DNS, and once the user consents',
    holds: on.gnome,
    check: ({ globalShortcut, fakeState }) => {
      const press = vi.fn();
      fakeState.desktopName = 'tend.desktop';
      expect(globalShortcut.register(SHORTCUT, press)).toBe(true);
      expect(globalShortcut.press(SHORTCUT)).toBe(false);
      fakeState.desktopName = 'app.tend.Tend.desktop';
      fakeState.shortcutConsent = 'denied';
      globalShortcut.register(SHORTCUT, press);
      expect(globalShortcut.press(SHORTCUT)).toBe(false);
      fakeState.shortcutConsent = 'granted';
      globalShortcut.register(SHORTCUT, press);
      expect(globalShortcut.press(SHORTCUT)).toBe(true);
    },
  },
  {
    name: 'app.setDesktopName after ready comes too late',
    holds: on.linux,
    check: ({ app, fakeState }) => {
      const before = fakeState.desktopName;
      app.setDesktopName('app.tend.Tend.desktop');
      expect([fakeState.desktopName, fakeState.desktopNameSetAfterReady]).toEqual([before, true]);
    },
  },
  {
    name: 'start-at-login settings do nothing',
    holds: on.linux,
    check: ({ app }) => {
      app.setLoginItemSettings({ openAtLogin: true });
      expect(app.getLoginItemSettings().openAtLogin).toBe(false);
    },
  },
];

describe.each(profiles)('the desktop on %s', (profile) => {
  const holding = behaviours.filter((b) => b.holds(profile));
  it.each(holding.map((b) => [b.name, b] as const))(`on ${profile} %s`, { timeout: 20_000 }, async (_name, behaviour) => {
    await behaviour.check(await fakeOn(profile));
  });
});
