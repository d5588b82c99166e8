/**
 * The rest of Tend's journeys on every platform profile: the grounding shortcut, the screen lock as a
 * break, reaching the tray menu and seeing its icon, notices, the settings window and the application
 * menu. Where Tend is wrong on a profile the test is `it.fails` (known-wrong.ts), the reason beside it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { profiles, profileSpecs } from '../../fake-electron/profiles.ts';
import type { LaunchedTend } from '../../../harness/launch-tend.ts';
import { MIN, MONDAY_9AM } from '../../../harness/tend-journey.ts';
import { hasDbusDaemon } from '../../support/dbus/dbus-daemon.ts';
import { eventually, startTestDesktop } from '../../support/dbus/test-desktop.ts';
import { itOn, journey } from './known-wrong.ts';
import { launchOn } from './profile-session.ts';
import { screenLockOn } from './screen-lock.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const SHORTCUT = 'CommandOrControl+Alt+G';

/** Whether the tray glyph suits the panel behind it (tray-dark is Tend's light glyph for dark panels; .ico on Windows). */
function glyphSuitsPanel(t: LaunchedTend): boolean {
  const tray = t.electron.fakeState.trays.at(-1);
  if (!tray) return false;
  if (t.profile === 'darwin') return tray.image.isTemplateImage();
  return !tray.image.isEmpty() && /tray-dark\.(png|ico)$/.test(tray.image.path) === t.electron.trayPanelIsDark();
}

describe.each(profiles)('Tend on %s', (profile) => {
  // GNOME binds global shortcuts only for an app id that is the reverse-DNS name of an installed
  // .desktop file (docs/api/global-shortcut.md; electron.d.ts app.setDesktopName): Tend's desktopName
  // in package.json (without it Electron uses "tend.desktop" and GNOME never fires the shortcut).
  itOn(profile, [])(`on ${profile} the grounding shortcut opens the grounding exercise with the keyboard`, journey, async () => {
    const t = (tend = await launchOn(profile));
    t.electron.app.otherAppComesForward();
    expect(t.electron.globalShortcut.press(SHORTCUT)).toBe(true);
    await t.settle();
    expect(t.windowFor('grounding')?.isFocused()).toBe(true);
  });

  // Electron reports lock-screen on macOS and Windows only (electron.d.ts; electron/electron#38088):
  // on Linux Tend hears logind's Lock and Unlock over D-Bus (linux-desktop.ts; PLATFORMS.md "Screen lock").
  const lockJourney = hasDbusDaemon || profileSpecs[profile].platform !== 'linux' ? it : it.skip;
  lockJourney(`on ${profile} a 10-minute screen lock counts as a break`, journey, async () => {
    const screen = await screenLockOn(profile);
    try {
      const t = (tend = await launchOn(profile, { clock: MONDAY_9AM, env: screen.env }));
      await screen.listening(t);
      await t.advance(40 * MIN);
      await screen.lock(t);
      await t.advance(10 * MIN);
      await screen.unlock(t);
      expect(t.engine().workMs).toBe(0);
    } finally {
      tend?.cleanup();
      await screen.dispose(tend);
    }
  });

  // Stock GNOME without the AppIndicator extension has no tray host: the icon and its menu never appear
  // (docs/api/tray.md), and nothing in Electron's Tray tells Tend so (electron.d.ts: no such API). Tend
  // asks the session bus for org.kde.StatusNotifierWatcher's host (tray-host.ts; here a real
  // dbus-daemon without one), and there starting Tend again from the app grid opens the home window
  // with the menu's choices.
  const noTrayHost = profile === 'linux-wayland-gnome-no-tray';
  it.skipIf(noTrayHost && !hasDbusDaemon)(`on ${profile} the user can open Tend's menu ${noTrayHost ? 'by starting Tend again' : 'from the tray'}`, journey, async () => {
    if (!noTrayHost) {
      const t = (tend = await launchOn(profile));
      expect(t.electron.fakeState.trays.at(-1)?.openMenu().labels()).toContain('Take a break now');
      return;
    }
    const desktop = await startTestDesktop();
    try {
      const t = (tend = await launchOn(profile, { env: { DBUS_SESSION_BUS_ADDRESS: desktop.session.address } }));
      t.electron.app.fireSecondInstance(['/usr/bin/tend'], { tendArgs: [] });
      await eventually(() => expect(t.windowFor('home')?.isVisible()).toBe(true));
      expect(await t.invoke(t.windowFor('home')!, 'home:run', { choice: 'pause-1h' })).toEqual({ ok: true, value: null });
      expect(t.runtime!.status().paused).toBe(true);
    } finally {
      // Quitting stops Tend's watch on the bus before the bus goes.
      tend?.electron.app.quit();
      await desktop.dispose();
    }
  });

  // GNOME's top bar is black in the light style too (gnome-shell _panel.scss): Tend sees GNOME in
  // XDG_CURRENT_DESKTOP and always draws the light glyph there.
  itOn(profile, [])(`on ${profile} the tray glyph stands out on the panel behind it, in the light style`, journey, async () => {
    const t = (tend = await launchOn(profile));
    t.electron.nativeTheme.setSystemDark(false);
    expect(glyphSuitsPanel(t)).toBe(true);
  });

  // Windows: the taskbar has its own theme (shouldUseDarkColorsForSystemIntegratedUI), which Tend
  // follows, so a dark taskbar with light apps (Windows 10's default) gets the light glyph.
  itOn(profile, [])(`on ${profile} the tray glyph stands out on a dark panel (on Windows, a dark taskbar with light apps)`, journey, async () => {
    const t = (tend = await launchOn(profile));
    t.electron.nativeTheme.setTaskbarDark(true);
    // Elsewhere the panel follows the system theme (or is always dark on GNOME): a dark desktop.
    t.electron.nativeTheme.setSystemDark(profile !== 'win32');
    expect(glyphSuitsPanel(t)).toBe(true);
  });

  // Windows shows toasts only for the AppUserModelID of Tend's Start-menu shortcut (docs/tutorial/
  // notifications.md): Tend must call app.setAppUserModelId with electron-builder's appId, since
  // show() cannot tell that a toast vanished and Tend would not fall back to the tray menu.
  // No platform confirms that a notification was seen (Notification.show() never says), so the notice
  // also stays in the tray menu until the user opens Settings, which lists it.
  itOn(profile, [])(`on ${profile} a damaged settings file is told to the user, and stays in the tray menu until Settings is opened`, journey, async () => {
    const t = (tend = await launchOn(profile, { configText: 'garbage' }));
    const notice = (): string | undefined => t.trayMenu().labels().find((l) => l.includes('defaults'));
    expect(notice()).toBeDefined();
    t.trayMenu().click(notice()!);
    await t.settle();
    expect(t.windowFor('settings')).toBeDefined();
    expect(t.runtime!.settings.snapshot().notices).toEqual([expect.stringContaining('defaults')]);
    expect(notice()).toBeUndefined();
  });

  itOn(profile, [])(`on ${profile} the settings window opens with the keyboard`, journey, async () => {
    const t = (tend = await launchOn(profile));
    t.electron.app.otherAppComesForward();
    t.trayMenu().click('Settings…');
    await t.settle();
    expect(t.windowFor('settings')?.isFocused()).toBe(true);
  });

  itOn(profile, [])(`on ${profile} the packaged app's windows carry no Reload or Developer Tools accelerators`, journey, async () => {
    const t = (tend = await launchOn(profile, { before: (e) => (e.fakeState.isPackaged = true) }));
    const accelerators = t.electron.Menu.getApplicationMenu()?.accelerators() ?? [];
    expect(accelerators.filter((a) => /(^|\+)(R|I)$/.test(a))).toEqual([]);
  });
});

describe.each(profiles)('starting Tend again on %s', (profile) => {
  // Launching Tend again from the app grid (a second instance with no arguments) opens Settings where a
  // tray shows or Tend cannot tell (no session bus here); without a tray host, the home window (above).
  itOn(profile, [])(`on ${profile} starting Tend again with no arguments opens Settings`, journey, async () => {
    const t = (tend = await launchOn(profile));
    t.electron.app.fireSecondInstance(['/opt/Tend/tend'], { tendArgs: [] });
    await t.settle();
    expect(t.windowFor('settings')?.isVisible()).toBe(true);
  });
});
