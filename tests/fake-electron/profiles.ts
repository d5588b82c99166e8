/**
 * The platform profiles the fake can play, and the one question every fake module asks: does this API
 * exist here? The answer comes from the checked-in table derived from Electron's typings
 * (platform-table.ts), never from a guess in the fake.
 */
import { platformTable, type PlatformApi, type TablePlatform } from './platform-table.ts';
import { fakeState } from './state.ts';

/** Every profile, for `describe.each(profiles)`. */
export const profiles = ['darwin', 'win32', 'linux-x11', 'linux-wayland-gnome', 'linux-wayland-kde', 'linux-wayland-gnome-no-tray'] as const;
export type ProfileName = (typeof profiles)[number];

/** What a profile is: the OS, and on Linux the display protocol and desktop. */
export interface ProfileSpec {
  platform: TablePlatform;
  /** Linux only: X11 (or XWayland via --ozone-platform=x11) or native Wayland, Electron's default (docs/breaking-changes.md). */
  session: 'x11' | 'wayland' | null;
  desktop: 'gnome' | 'kde' | 'other' | null;
  /**
   * Something shows tray icons. Stock GNOME Shell shows neither StatusNotifierItem nor GtkStatusIcon
   * icons without the AppIndicator extension (docs/api/tray.md "Linux"; PLATFORMS.md "Tray").
   */
  trayHost: boolean;
}

export const profileSpecs: Readonly<Record<ProfileName, ProfileSpec>> = {
  darwin: { platform: 'darwin', session: null, desktop: null, trayHost: true },
  win32: { platform: 'win32', session: null, desktop: null, trayHost: true },
  'linux-x11': { platform: 'linux', session: 'x11', desktop: 'other', trayHost: true },
  // GNOME with the AppIndicator extension, as Ubuntu ships it.
  'linux-wayland-gnome': { platform: 'linux', session: 'wayland', desktop: 'gnome', trayHost: true },
  'linux-wayland-kde': { platform: 'linux', session: 'wayland', desktop: 'kde', trayHost: true },
  // Fedora or Debian GNOME: no AppIndicator extension, so no tray host at all.
  'linux-wayland-gnome-no-tray': { platform: 'linux', session: 'wayland', desktop: 'gnome', trayHost: false },
};

/** The profile the fake plays now. */
export function profile(): ProfileSpec & { name: ProfileName } {
  return { name: fakeState.profile, ...profileSpecs[fakeState.profile] };
}

/** The profile for a `process.platform` value, as existing tests pass it ('linux' means X11). */
export function profileForPlatform(platform: string): ProfileName {
  if (platform === 'darwin' || platform === 'win32') return platform;
  if (platform === 'linux') return 'linux-x11';
  throw new Error(`No fake profile for platform "${platform}"`);
}

/** Whether this profile runs a native Wayland session. */
export function onWayland(): boolean {
  return profile().session === 'wayland';
}

/** Whether this profile is `platform`. */
export function onPlatform(platform: TablePlatform): boolean {
  return profile().platform === platform;
}

/** Whether `api` exists on this profile: its `@platform` tag includes the OS, and not "not supported on Wayland" there. */
export function available(api: PlatformApi): boolean {
  const entry = platformTable[api];
  const spec = profile();
  if (entry.platforms !== null && !(entry.platforms as readonly TablePlatform[]).includes(spec.platform)) return false;
  return !(entry.waylandUnsupported && spec.session === 'wayland');
}

/** Like `available`, for a key built at run time (event names); keys the table does not know count as available. */
export function availableKey(key: string): boolean {
  return !(key in platformTable) || available(key as PlatformApi);
}
