/**
 * What kind of desktop Tend runs on, from the environment the session gives every process: whether
 * Electron draws through native Wayland (its default on a Wayland session since Electron 38,
 * docs/breaking-changes.md; electron/electron#48301) and whether the desktop is GNOME, whose top bar is
 * dark in both styles (gnome-shell data/theme/gnome-shell-sass/widgets/_panel.scss).
 */
import { isWaylandSession } from './idle-monitor.ts';

/** The facts about the desktop that change how Tend shows itself. */
interface DesktopSession {
  /** Native Wayland: no window placement, always-on-top or showInactive (electron.d.ts). */
  wayland: boolean;
  /** GNOME Shell (XDG_CURRENT_DESKTOP lists GNOME, e.g. "GNOME" or "ubuntu:GNOME"). */
  gnome: boolean;
}

/**
 * The platform a `--ozone-platform` switch forces, if any. It wins over the session (electron/electron
 * #35614: "--ozone-platform takes precedence over --ozone-platform-hint"), and packagers and users pass
 * `--ozone-platform=x11` to run under XWayland, where windows can again be placed and shown inactive.
 */
export function forcedOzonePlatform(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--ozone-platform=')) return arg.slice('--ozone-platform='.length).toLowerCase();
    if (arg === '--ozone-platform') return (argv[i + 1] ?? '').toLowerCase();
  }
  return null;
}

/** The desktop session for `platform`, `env` and the command line `argv`. */
export function desktopSession(platform: string, env: Record<string, string | undefined>, argv: readonly string[] = []): DesktopSession {
  const desktops = (env['XDG_CURRENT_DESKTOP'] ?? '').split(':').map((d) => d.trim().toUpperCase());
  const forced = platform === 'linux' ? forcedOzonePlatform(argv) : null;
  const wayland = forced === 'x11' ? false : forced === 'wayland' ? true : isWaylandSession(platform, env);
  return { wayland, gnome: platform === 'linux' && desktops.includes('GNOME') };
}
