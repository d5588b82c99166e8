/**
 * The rest of Tend's journeys on every platform profile: the grounding shortcut, the screen lock as a
 * break, reaching the tray menu and seeing its icon, notices, the settings window and the application
 * menu. Where Tend is wrong on a profile the test is `it.fails` (known-wrong.ts), the reason beside it.
 */
import { afterEach, describe, expect } from 'vitest';
import { profiles } from '../../fake-electron/profiles.ts';
import { launchTend, type LaunchedTend } from '../../support/launch-tend.ts';
import { MIN, MONDAY_9AM, power } from '../../support/tend-journey.ts';
import { gnomeProfiles, itOn, journey, linuxProfiles } from './known-wrong.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const SHORTCUT = 'CommandOrControl+Alt+G';

/** Whether the tray glyph suits the panel behind it (tray-dark.png is Tend's light glyph for dark panels). */
function glyphSuitsPanel(t: LaunchedTend): boolean {
  const tray = t.electron.fakeState.trays.at(-1);
  if (!tray) return false;
  if (t.profile === 'darwin') return tray.image.isTemplateImage();
  return tray.image.path.endsWith('tray-dark.png') === t.electron.trayPanelIsDark();
}

describe.each(profiles)('Tend on %s', (profile) => {
  // GNOME binds global shortcuts only for an app id that is the reverse-DNS name of an installed
  // .desktop file (docs/api/global-shortcut.md; electron.d.ts app.setDesktopName): Tend's desktopName
  // in package.json (without it Electron uses "tend.desktop" and GNOME never fires the shortcut).
  itOn(profile, [])(`on ${profile} the grounding shortcut opens the grounding exercise with the keyboard`, journey, async () => {
    const t = (tend = await launchTend({ profile }));
    t.electron.app.otherAppComesForward();
    expect(t.electron.globalShortcut.press(SHORTCUT)).toBe(true);
    await t.settle();
    expect(t.windowFor('grounding')?.isFocused()).toBe(true);
  });

  // Electron reports lock-screen on macOS and Windows only (electron.d.ts; electron/electron#38088):
  // on Linux Tend needs logind / screensaver D-Bus signals (PLATFORMS.md "Screen lock"), and has none yet.
  itOn(profile, linuxProfiles)(`on ${profile} a 10-minute screen lock counts as a break`, journey, async () => {
    const t = (tend = await launchTend({ profile, clock: MONDAY_9AM }));
    await t.advance(40 * MIN);
    power(t, 'lock-screen');
    await t.advance(10 * MIN);
    power(t, 'unlock-screen');
    expect(t.engine().workMs).toBe(0);
  });

  // Stock GNOME without the AppIndicator extension has no tray host: the icon and its menu, Tend's
  // only way in apart from the shortcut, never appear, and Tend does not notice (docs/api/tray.md).
  itOn(profile, ['linux-wayland-gnome-no-tray'])(`on ${profile} the user can open Tend's menu from the tray`, journey, async () => {
    const t = (tend = await launchTend({ profile }));
    expect(t.electron.fakeState.trays.at(-1)?.openMenu().labels()).toContain('Take a break now');
  });

  // GNOME's top bar is black in the light style too (gnome-shell _panel.scss), but Tend picks its glyph
  // from the app theme (shouldUseDarkColors), so in the light style it draws a dark glyph on black.
  itOn(profile, gnomeProfiles)(`on ${profile} the tray glyph stands out on the panel behind it, in the light style`, journey, async () => {
    const t = (tend = await launchTend({ profile }));
    t.electron.nativeTheme.setSystemDark(false);
    expect(glyphSuitsPanel(t)).toBe(true);
  });

  // Windows: the taskbar has its own theme (shouldUseDarkColorsForSystemIntegratedUI); Tend follows
  // the apps' theme, so a dark taskbar with light apps (Windows 10's default) gets a dark glyph.
  itOn(profile, ['win32'])(`on ${profile} the tray glyph stands out on a dark panel (on Windows, a dark taskbar with light apps)`, journey, async () => {
    const t = (tend = await launchTend({ profile }));
    t.electron.nativeTheme.setTaskbarDark(true);
    // Elsewhere the panel follows the system theme (or is always dark on GNOME): a dark desktop.
    t.electron.nativeTheme.setSystemDark(profile !== 'win32');
    expect(glyphSuitsPanel(t)).toBe(true);
  });

  // Windows shows toasts only for the AppUserModelID of Tend's Start-menu shortcut (docs/tutorial/
  // notifications.md): Tend must call app.setAppUserModelId with electron-builder's appId, since
  // show() cannot tell that a toast vanished and Tend would not fall back to the tray menu.
  itOn(profile, [])(`on ${profile} a damaged settings file is told to the user`, journey, async () => {
    const t = (tend = await launchTend({ profile, configText: 'garbage' }));
    const inTray = t.trayMenu().labels().some((l) => l.includes('defaults'));
    expect(t.electron.fakeState.notifications.length > 0 || inTray).toBe(true);
  });

  itOn(profile, [])(`on ${profile} the settings window opens with the keyboard`, journey, async () => {
    const t = (tend = await launchTend({ profile }));
    t.electron.app.otherAppComesForward();
    t.trayMenu().click('Settings…');
    await t.settle();
    expect(t.windowFor('settings')?.isFocused()).toBe(true);
  });

  itOn(profile, [])(`on ${profile} the packaged app's windows carry no Reload or Developer Tools accelerators`, journey, async () => {
    const t = (tend = await launchTend({ profile, before: (e) => (e.fakeState.isPackaged = true) }));
    const accelerators = t.electron.Menu.getApplicationMenu()?.accelerators() ?? [];
    expect(accelerators.filter((a) => /(^|\+)(R|I)$/.test(a))).toEqual([]);
  });
});
