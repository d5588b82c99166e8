/**
 * Launching Tend as each desktop starts it: the session environment the desktop gives every process
 * (XDG_SESSION_TYPE, WAYLAND_DISPLAY, XDG_CURRENT_DESKTOP, as gdm/sddm/lightdm set them). No D-Bus
 * unless a test passes bus addresses in `env` (then Tend listens to it: linux-desktop.ts).
 */
import type { ProfileName } from '../../fake-electron/profiles.ts';
import { launchTend, type LaunchedTend, type LaunchOptions } from '../../../harness/launch-tend.ts';

const sessionEnv: Readonly<Record<ProfileName, Record<string, string>>> = {
  darwin: {},
  win32: {},
  'linux-x11': { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'XFCE' },
  // Ubuntu's session names itself "ubuntu:GNOME".
  'linux-wayland-gnome': { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' },
  'linux-wayland-kde': { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'KDE' },
  'linux-wayland-gnome-no-tray': { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'GNOME' },
};

/** The environment `profile`'s desktop session gives Tend. */
export function envFor(profile: ProfileName): Record<string, string> {
  return { ...sessionEnv[profile] };
}

/** Launches Tend on `profile` with its session's environment. */
export async function launchOn(profile: ProfileName, options: Omit<LaunchOptions, 'profile'> = {}): Promise<LaunchedTend> {
  return launchTend({
    ...options,
    profile,
    env: { ...sessionEnv[profile], ...options.env },
  });
}
