/**
 * The settings, welcome and home windows: normal framed windows, created on demand, one of each; asking for
 * one that is open brings it forward instead.
 */
import { screen } from 'electron';
import type { BrowserWindow } from 'electron';
import { keepOnScreen } from './keep-on-screen.ts';
import { createTendWindow, type TendWindowDeps } from './tend-window.ts';

export interface AppWindowOptions extends TendWindowDeps {
  role: 'settings' | 'welcome' | 'home';
  width: number;
  height: number;
  /** Called when the window has gone, however it went. */
  onClosed?: () => void;
}

/** Owns at most one window of its role. */
export class AppWindow {
  private win: BrowserWindow | null = null;

  constructor(private readonly options: AppWindowOptions) {}

  /** Opens the window, or brings the open one forward and focuses it. */
  open(): BrowserWindow {
    const open = this.current();
    if (open) {
      if (open.isMinimized()) open.restore();
      open.show();
      open.focus();
      return open;
    }
    const { role, width, height } = this.options;
    const win = createTendWindow(
      role,
      { width, height, minWidth: Math.min(width, 360), minHeight: Math.min(height, 320), show: false, title: 'Tend', autoHideMenuBar: true },
      this.options,
      () => {},
    );
    win.once('ready-to-show', () => {
      if (win.isDestroyed()) return;
      win.show();
      win.focus();
    });
    win.once('closed', () => {
      if (this.win === win) this.win = null;
      this.options.onClosed?.();
    });
    keepOnScreen(win, screen, (d) => ({
      x: Math.round(d.workArea.x + (d.workArea.width - width) / 2),
      y: Math.round(d.workArea.y + (d.workArea.height - height) / 2),
      width: Math.min(width, d.workArea.width),
      height: Math.min(height, d.workArea.height),
    }));
    this.win = win;
    return win;
  }

  /** Closes the window, if any. */
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
