/**
 * The small break window: frameless, on top, off the taskbar, placed at the tray corner of the display
 * under the cursor, shown without taking focus, and destroyed when the break ends (no window between breaks).
 */
import { BrowserWindow, screen } from 'electron';
import { placeInCorner, trayCornerFor } from '../core/window-placement.ts';
import type { BuildPaths } from './build-paths.ts';
import { loadRoute } from './load-route.ts';
import { secureWebPreferences } from './secure-web-preferences.ts';

export const BREAK_WINDOW_SIZE = { width: 380, height: 260 } as const;

/** Owns at most one break window at a time. */
export class BreakWindow {
  private win: BrowserWindow | null = null;

  constructor(
    private readonly paths: BuildPaths,
    private readonly platform: string = process.platform,
  ) {}

  /** Opens the break window (or reuses the open one) without stealing keyboard focus. */
  open(): BrowserWindow {
    if (this.win && !this.win.isDestroyed()) return this.win;
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    const bounds = placeInCorner(display.workArea, BREAK_WINDOW_SIZE, trayCornerFor(this.platform));
    const win = new BrowserWindow({
      ...bounds,
      show: false,
      frame: false,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      // Not focusable until the user clicks it, so typing is never hijacked.
      focusable: false,
      title: 'Tend',
      backgroundColor: '#00000000',
      webPreferences: secureWebPreferences(this.paths.preload),
    });
    win.once('ready-to-show', () => {
      if (!win.isDestroyed()) win.showInactive();
    });
    win.on('closed', () => {
      if (this.win === win) this.win = null;
    });
    this.win = win;
    void loadRoute(win, this.paths, 'break');
    return win;
  }

  /** Destroys the window, if any; nothing stays alive between breaks. */
  close(): void {
    const win = this.win;
    this.win = null;
    if (win && !win.isDestroyed()) win.destroy();
  }

  /** The open window, if any. */
  current(): BrowserWindow | null {
    return this.win && !this.win.isDestroyed() ? this.win : null;
  }
}
