/**
 * What kind of desktop Tend runs on, from the environment the session gives every process: whether
 * Electron draws through native Wayland (its default on a Wayland session since Electron 38,
 * docs/breaking-changes.md; electron/electron#48301) and whether the desktop is GNOME, whose top bar is
 * dark in both styles (gnome-shell data/theme/gnome-shell-sass/widgets/_panel.scss).
 */
import { isWaylandSession } from './idle-monitor.ts';

/** The facts about the desktop that change how Tend shows itself. */
export interface DesktopSession {
  /** Native Wayland: no window placement, always-on-top or showInactive (electron.d.ts). */
  wayland: boolean;
  /** GNOME Shell (XDG_CURRENT_DESKTOP lists GNOME, e.g. "GNOME" or "ubuntu:GNOME"). */
  gnome: boolean;
}

/** The desktop session for `platform` and `env`. */
export function desktopSession(platform: string, env: Record<string, string | undefined>): DesktopSession {
  const desktops = (env['XDG_CURRENT_DESKTOP'] ?? '').split(':').map((d) => d.trim().toUpperCase());
  return { wayland: isWaylandSession(platform, env), gnome: platform === 'linux' && desktops.includes('GNOME') };
}
