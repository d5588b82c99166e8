/**
 * A full-screen window in front on X11 (issue #16), through xprop (x11-utils) and the window manager's
 * EWMH hints (freedesktop.org Extended Window Manager Hints): the root window's _NET_ACTIVE_WINDOW names
 * the active window (None when there is none), and that window's _NET_WM_STATE lists
 * _NET_WM_STATE_FULLSCREEN while it fills the screen (a film, a game, a slide show).
 *
 * What xprop prints (x11-utils 7.7, captured with Openbox on Xvfb; see the tests' fixtures):
 *   _NET_ACTIVE_WINDOW(WINDOW): window id # 0x40000c
 *   _NET_ACTIVE_WINDOW:  not found.                   (a window manager without the hint, or not yet)
 *   _NET_ACTIVE_WINDOW:  no such atom on any window.  (no EWMH window manager at all)
 *   _NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN, _NET_WM_STATE_ABOVE
 *   _NET_WM_STATE(ATOM) =                             (no state)
 *   _NET_WM_STATE:  not found.                        (never set: no state either)
 *
 * Native Wayland gives a client no view of other windows (that is the protocol's design), so there this
 * reads unknown. Under XWayland (Tend forced to X11 inside a Wayland session) xprop sees X11 windows only:
 * a full-screen X11 window in front still reads busy, but nothing there can say clear.
 */
import type { BusyReading, ReadSignal } from '../../../../core/busy/busy-signal.ts';
import { isWaylandSession } from '../../idle-monitor.ts';
import type { RunCommand } from '../run-command.ts';

export interface X11FullScreenOptions {
  /** Tend draws through X11 (not native Wayland). */
  x11: boolean;
  env: Record<string, string | undefined>;
  run: RunCommand;
}

// An X11 window id is an XID: 32 bits, the top three zero (X Window System Protocol, "Common Types").
const activeWindowLine = /^_NET_ACTIVE_WINDOW\(WINDOW\): window id # (0x[0-9a-f]{1,8})$/i;
const noActiveWindow = /^_NET_ACTIVE_WINDOW: {2}(not found\.|no such atom on any window\.)$/;
const stateLine = /^_NET_WM_STATE\(ATOM\) =(?: (.*))?$/;
const noState = /^_NET_WM_STATE: {2}(not found\.|no such atom on any window\.)$/;

/** The active window's id from xprop's text (0: the hint says None), or null when it is not that text. */
export function parseActiveWindow(printed: string): number | null {
  const match = activeWindowLine.exec(printed.trim());
  return match?.[1] ? Number.parseInt(match[1], 16) : null;
}

/** Whether xprop's _NET_WM_STATE text lists full screen; null when it is not that text. */
export function parseFullScreen(printed: string): boolean | null {
  const line = printed.trim();
  if (noState.test(line)) return false;
  const match = stateLine.exec(line);
  if (!match) return null;
  const atoms = (match[1] ?? '').split(',').map((atom) => atom.trim());
  return atoms.includes('_NET_WM_STATE_FULLSCREEN');
}

async function readActiveWindow(run: RunCommand): Promise<BusyReading> {
  const active = await run('xprop', ['-root', '_NET_ACTIVE_WINDOW']);
  if (active === null) return 'unknown';
  // No EWMH window manager, or one that does not keep the hint: nothing says what is in front.
  if (noActiveWindow.test(active.trim())) return 'unknown';
  const id = parseActiveWindow(active);
  if (id === null) return 'unknown';
  if (id === 0) return 'clear';
  // Rebuilt from the parsed number, so only a hex id can reach xprop's arguments.
  const state = await run('xprop', ['-id', `0x${id.toString(16)}`, '_NET_WM_STATE']);
  // null: xprop failed, e.g. BadWindow when the window closed in between.
  const fullScreen = state === null ? null : parseFullScreen(state);
  return fullScreen === null ? 'unknown' : fullScreen ? 'busy' : 'clear';
}

/** Reads whether the active X11 window is full screen, on demand; unknown on native Wayland. */
export function x11FullScreenReader(options: X11FullScreenOptions): ReadSignal {
  const xwayland = isWaylandSession('linux', options.env);
  return async () => {
    if (!options.x11) return 'unknown';
    try {
      const reading = await readActiveWindow(options.run);
      return xwayland && reading === 'clear' ? 'unknown' : reading;
    } catch {
      return 'unknown';
    }
  };
}
