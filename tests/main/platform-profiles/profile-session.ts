/**
 * Launching Tend as each desktop starts it: the session environment the desktop gives every process
 * (XDG_SESSION_TYPE, WAYLAND_DISPLAY, XDG_CURRENT_DESKTOP, as gdm/sddm/lightdm set them), and on
 * GNOME Wayland the answer Mutter's IdleMonitor gives over `gdbus` (idle-monitor.ts), so idle detection
 * runs the same path there as on a real desktop.
 */
import type { ProfileName } from '../../fake-electron/profiles.ts';
import { launchTend, type FakeElectron, type LaunchedTend, type LaunchOptions } from '../../../harness/launch-tend.ts';

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

/** Launches Tend on `profile` with its session's environment (and Mutter's idle answer on GNOME). */
export async function launchOn(profile: ProfileName, options: Omit<LaunchOptions, 'profile'> = {}): Promise<LaunchedTend> {
  let fake: FakeElectron | null = null;
  const gnome = (sessionEnv[profile]['XDG_CURRENT_DESKTOP'] ?? '').includes('GNOME');
  return launchTend({
    ...options,
    profile,
    env: { ...sessionEnv[profile], ...options.env },
    before: (electron) => {
      fake = electron;
      options.before?.(electron);
    },
    // org.gnome.Mutter.IdleMonitor.GetIdletime answers "(uint64 <ms>,)"; elsewhere there is no Mutter.
    idleCommand:
      options.idleCommand ??
      (() => (gnome && fake ? Promise.resolve(`(uint64 ${String(Math.round(fake.fakeState.idleSeconds * 1000))},)`) : Promise.reject(new Error('gdbus: no Mutter')))),
  });
}
