/**
 * Where a window is, whether it stays on top and whether it has a taskbar button, per profile. Wayland
 * clients cannot place windows or learn where they are; the rest follow the platform's window manager.
 */
import { available, onWayland, profile } from './profiles.ts';
import { fakeState } from './state.ts';

export type Rect = { x: number; y: number; width: number; height: number };

/** The options a placement rule reads. */
export interface PlacementOptions {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  focusable?: boolean;
  skipTaskbar?: boolean;
}

/** Without x and y Electron centres the window (electron.d.ts `x`: "Default is to center the window"). */
export function initialBounds(options: PlacementOptions): Rect {
  const width = options.width ?? 800;
  const height = options.height ?? 600;
  const { x, y } = centred({ x: 0, y: 0, width, height });
  return { x: options.x ?? x, y: options.y ?? y, width, height };
}

/** The position that centres `bounds` on the primary display's work area. */
export function centred(bounds: Rect): Rect {
  const area = fakeState.displays[0]?.workArea ?? bounds;
  return { ...bounds, x: Math.round(area.x + (area.width - bounds.width) / 2), y: Math.round(area.y + (area.height - bounds.height) / 2) };
}

/** Wayland: position requests are ignored; only the size applies (electron.d.ts `setBounds`, `setPosition`). */
export function applyBounds(current: Rect, requested: Partial<Rect>): Rect {
  const { x, y, ...size } = requested;
  if (onWayland()) return { ...current, ...size };
  return { ...current, ...size, ...(x !== undefined ? { x } : {}), ...(y !== undefined ? { y } : {}) };
}

/** On Wayland x and y are 0: "introspecting or programmatically changing the global window coordinates is prohibited" (electron.d.ts `getBounds`). */
export function reportedBounds(bounds: Rect): Rect {
  return onWayland() ? { ...bounds, x: 0, y: 0 } : { ...bounds };
}

/**
 * Whether the window really stays above others. Not on Wayland (electron.d.ts `alwaysOnTop`). On X11
 * a window created unfocusable is override-redirect and stays on top on every workspace (electron.d.ts
 * `focusable`; x11_window.cc "An in-activatable window should not interact with the system wm").
 */
export function staysOnTop(alwaysOnTop: boolean, options: PlacementOptions): boolean {
  if (!available('BrowserWindowConstructorOptions.alwaysOnTop')) return false;
  if (profile().session === 'x11' && options.focusable === false) return true;
  return alwaysOnTop;
}

/**
 * macOS: windows have no taskbar buttons (the Dock shows apps). X11 leaves an unfocusable,
 * override-redirect window unmanaged, so it has no taskbar entry (x11_window.cc). skipTaskbar works
 * where the table says it exists (darwin,win32; docs/breaking-changes.md "Removed: skipTaskbar on
 * Linux"), and on Windows `focusable: false` "also implies setting skipTaskbar: true" (electron.d.ts).
 */
export function initialTaskbarButton(options: PlacementOptions): boolean {
  const spec = profile();
  if (spec.platform === 'darwin') return false;
  if (spec.session === 'x11' && options.focusable === false) return false;
  const skip = options.skipTaskbar === true || (spec.platform === 'win32' && options.focusable === false);
  return !(skip && available('BrowserWindowConstructorOptions.skipTaskbar'));
}
