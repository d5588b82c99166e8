/**
 * The small break window: frameless, on top, off the taskbar, placed at the tray corner of the display
 * under the cursor, shown without taking focus, and destroyed when the break ends (no window between
 * breaks). It takes focus only after the user presses inside it (the page calls window:activate).
 */
import { screen } from 'electron';
import type { BrowserWindow, Rectangle } from 'electron';
import type { BreakView } from '../core/ipc-contract.ts';
import { placeInCorner, trayCornerFor } from '../core/window-placement.ts';
import { keepOnScreen } from './keep-on-screen.ts';
import { sendEvent } from './send-event.ts';
import { createTendWindow, floatingWindowOptions, type GoneReason, type TendWindowDeps } from './tend-window.ts';

export const BREAK_WINDOW_SIZE = { width: 380, height: 260 } as const;

export interface BreakWindowOptions extends TendWindowDeps {
  platform: string;
  /** The window went away without close(): crashed, hung, failed to load, or closed by the system. */
  onGone: (reason: GoneReason) => void;
}

/** Owns at most one break window at a time. */
export class BreakWindow {
  private win: BrowserWindow | null = null;
  private shown: BreakView | null = null;
  private loaded = false;

  constructor(private readonly options: BreakWindowOptions) {}

  /**
   * Shows `view`: opens the window (inactive) if needed, else tells the open page what to show. With
   * `notify: false` the open page is not told (it asked for the view itself and has it already).
   */
  show(view: BreakView, options: { notify?: boolean } = {}): BrowserWindow | null {
    const open = this.current();
    if (open) {
      this.shown = view;
      if (this.loaded && options.notify !== false) sendEvent(open, 'break:view', view);
      return open;
    }
    if (options.notify === false) return null;
    this.shown = view;
    return this.create();
  }

  /** What the window shows (for the page's break:current request), or null when it is closed. */
  view(): BreakView | null {
    return this.current() ? this.shown : null;
  }

  /** The user pressed inside the window: now it may take keyboard focus. */
  activate(): void {
    const win = this.current();
    if (!win) return;
    win.setFocusable(true);
    win.focus();
  }

  /** Destroys the window, if any; nothing stays alive between breaks. */
  close(): void {
    const win = this.win;
    this.win = null;
    this.shown = null;
    if (win && !win.isDestroyed()) win.destroy();
  }

  /** The open window, if any. */
  current(): BrowserWindow | null {
    return this.win && !this.win.isDestroyed() ? this.win : null;
  }

  private place(workArea: Rectangle): Rectangle {
    return placeInCorner(workArea, BREAK_WINDOW_SIZE, trayCornerFor(this.options.platform));
  }

  private create(): BrowserWindow {
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    let fault: GoneReason = 'closed';
    this.loaded = false;
    const win = createTendWindow(
      'break',
      {
        ...this.place(display.workArea),
        ...floatingWindowOptions,
        // Not focusable until the user clicks it, so typing is never hijacked.
        focusable: false,
      },
      this.options,
      (reason) => (fault = reason),
    );
    win.once('ready-to-show', () => {
      if (!win.isDestroyed()) win.showInactive();
    });
    win.webContents.on('did-finish-load', () => {
      if (this.win !== win) return;
      this.loaded = true;
      if (this.shown) sendEvent(win, 'break:view', this.shown);
    });
    win.once('closed', () => {
      if (this.win !== win) return;
      this.win = null;
      this.shown = null;
      this.options.onGone(fault);
    });
    keepOnScreen(win, screen, (d) => this.place(d.workArea));
    this.win = win;
    return win;
  }
}
