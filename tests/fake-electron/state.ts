/** The shared, resettable state behind the fake electron module. Tests drive and inspect it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeMenu } from './menu.ts';
import type { ProfileName } from './profiles.ts';
import type { FakeTray } from './tray.ts';
import type { FakeBrowserWindow } from './windows.ts';

export interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
  scaleFactor: number;
}

/** Why a page load fails: Chromium's net error, as did-fail-load and the rejected load report it. */
export interface LoadFailure {
  errorCode: number;
  errorDescription: string;
}

/** One answer of a scheme handler to a page load: its status, Content-Type and Content-Security-Policy. */
export interface ProtocolResponseRecord {
  url: string;
  status: number;
  type: string | null;
  csp: string | null;
}

/** What `protocol.handle` takes: a web Request in, a web Response out. */
export type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export const primaryDisplay: FakeDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  scaleFactor: 1,
};

/**
 * The .desktop name Electron sets at start: package.json `desktopName`, else a slug of the app name
 * (lib/browser/init.ts `app.setDesktopName(packageJson.desktopName || defaultDesktopName(app.name))`,
 * lib/browser/desktop-name.ts).
 */
function startupDesktopName(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { desktopName?: string; productName?: string; name?: string };
    const slug = (pkg.productName ?? pkg.name ?? 'electron').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return pkg.desktopName ?? `${slug}.desktop`;
  } catch {
    return 'electron.desktop';
  }
}

function initialState() {
  return {
    profile: 'linux-x11' as ProfileName,
    userDataDir: '',
    appVersion: '0.1.0',
    appName: 'Tend',
    /**
     * What app.getPreferredSystemLanguages() answers, most preferred first. Linux derives it from
     * LANGUAGE/LC_ALL/LC_MESSAGES/LANG through g_get_language_names, "C" left out and each name
     * canonicalised (electron/electron shell/common/language_util_linux.cc), so a German desktop with
     * LANG=de_DE.UTF-8 gives de-DE and de; Windows and macOS give their language list (typings' examples,
     * e.g. fr-CA, en-US, zh-Hans-CN). null: the profile's English default.
     */
    preferredSystemLanguages: null as string[] | null,
    isPackaged: false,
    /** Whether app 'ready' has fired (adapter tests run as after ready; launchTend starts before it). */
    appReady: true,
    /** macOS: Tend is the active app. A tray app starts behind whatever the user is working in. */
    appActive: false,
    /** The window with keyboard focus (macOS: the app's key window, which has focus only while the app is active). */
    keyWindow: null as FakeBrowserWindow | null,
    singleInstanceLock: true,
    quitCalls: 0,
    idleSeconds: 0,
    idleQueries: 0,
    locked: false,
    /** powerMonitor events the OS raised that Electron does not report on this profile. */
    unreportedPowerEvents: [] as string[],
    cursor: { x: 100, y: 100 },
    displays: [primaryDisplay] as FakeDisplay[],
    windows: [] as FakeBrowserWindow[],
    trays: [] as FakeTray[],
    shortcuts: new Map<string, () => void>(),
    /** Accelerators whose registration should fail, as when another app holds them. */
    takenShortcuts: new Set<string>(),
    /** Wayland: accelerators register() accepted but the desktop portal never bound (they never fire). */
    unboundShortcuts: new Set<string>(),
    /** GNOME's consent dialog for global shortcuts: what the user answers. */
    shortcutConsent: 'granted' as 'granted' | 'denied',
    /** Linux: the .desktop name in effect, and whether it was set only after ready (too late). */
    desktopName: startupDesktopName(),
    desktopNameSetAfterReady: false,
    /** The installed .desktop file's name; null: whatever reverse-DNS name the app gives is installed. */
    installedDesktopFile: null as string | null,
    /** Windows: the AppUserModelID set with app.setAppUserModelId (null: Electron's default). */
    appUserModelId: null as string | null,
    /** Windows: the AppUserModelID of Tend's Start-menu shortcut (the installer's); null: none installed. */
    installedAppUserModelId: null as string | null,
    openedExternal: [] as string[],
    loginItem: { openAtLogin: false },
    /** Every app.setLoginItemSettings call, in order. */
    loginItemCalls: [] as { openAtLogin?: boolean; openAsHidden?: boolean; path?: string; args?: string[] }[],
    nextWebContentsId: 1,
    permissionRequestHandler: null as null | ((...args: never[]) => unknown),
    permissionCheckHandler: null as null | ((...args: never[]) => unknown),
    /** What a second instance handed over with requestSingleInstanceLock(additionalData). */
    singleInstanceData: undefined as unknown,
    notificationsSupported: true,
    /** Notifications the user actually saw. */
    notifications: [] as { title: string; body: string }[],
    /** Every Notification.show() call, seen or not. */
    notificationsRequested: [] as { title: string; body: string }[],
    /** The system drops notifications silently (Do Not Disturb, no permission, no daemon…). */
    notificationsDropped: false,
    darkColors: false,
    /** Windows: the taskbar's own light/dark setting (SystemUsesLightTheme), separate from the apps'. */
    systemUiDark: false,
    /** The application menu: undefined until set, Electron's default menu unless the app set its own. */
    applicationMenu: undefined as FakeMenu | null | undefined,
    applicationMenuCalls: [] as (FakeMenu | null)[],
    privilegedSchemes: [] as { scheme: string; privileges?: Record<string, boolean | undefined> }[],
    protocolHandlers: new Map<string, ProtocolHandler>(),
    /** Every answer a protocol.handle handler gave a page load, in order. */
    protocolResponses: [] as ProtocolResponseRecord[],
    /** Page loads not finished yet (launchTend's settle waits for them: scheme handlers read real files). */
    loadsInFlight: new Set<Promise<unknown>>(),
    /** The next page load fails like this (then the flag clears). */
    failNextLoad: null as LoadFailure | null,
  };
}

export const fakeState = initialState();

/** Resets the fake to a just-launched app with `userDataDir` as its profile folder, playing `profile`. */
export function resetFakeState(userDataDir: string, profile: ProfileName = 'linux-x11', options: { ready?: boolean } = {}): void {
  Object.assign(fakeState, initialState(), { userDataDir, profile, appReady: options.ready ?? true });
}
