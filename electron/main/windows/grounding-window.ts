/**
 * The grounding window, opened by the shortcut: small and frameless like the break window, but focused
 * at once (the user asked for it, and Esc should close it). A second press while it is open moves the
 * page on to the next exercise instead of opening another window.
 */
import { app, screen } from 'electron';
import type { BrowserWindow, Rectangle } from 'electron';
import { placeInCorner, trayCornerFor } from '../../core/window-placement.ts';
import { keepOnScreen } from './keep-on-screen.ts';
import { sendEvent } from '../ipc/send-event.ts';
import { createTendWindow, floatingWindowOptions, type GoneReason, type TendWindowDeps } from './tend-window.ts';

const GROUNDING_WINDOW_SIZE = { width: 380, height: 300 } as const;

interface GroundingWindowOptions extends TendWindowDeps {
  platform: string;
  /** The window went away without close() (closed by the system, crashed…). */
  onGone?: (reason: GoneReason) => void;
}

/** Owns at most one grounding window. */
export class GroundingWindow {
  private win: BrowserWindow | null = null;

  constructor(private readonly options: GroundingWindowOptions) {}

  /** Opens the window focused; if it is open already, moves on to the next exercise. */
  open(): 'opened' | 'next' {
    const open = this.current();
    if (open) {
      sendEvent(open, 'grounding:next', null);
      if (open.isMinimized()) open.restore();
      this.takeKeyboard(open);
      return 'next';
    }
    this.create();
    return 'opened';
  }

  /** Destroys the window, if any. */
  close(): void {
    const win = this.win;
    this.win = null;
    if (win && !win.isDestroyed()) win.destroy();
  }

  /** The open window, if any. */
  current(): BrowserWindow | null {
    return this.win && !this.win.isDestroyed() ? this.win : null;
  }

  /**
   * Shows `win` with the keyboard. On macOS Tend (an LSUIElement app) is never the active app, and
   * focus() uses activateIgnoringOtherApps:NO, which leaves the keyboard with the app in front
   * (native_window_mac.mm): the shortcut is a request from the user, so Tend steals focus there.
   */
  private takeKeyboard(win: BrowserWindow): void {
    if (this.options.platform === 'darwin') app.focus({ steal: true });
    win.show();
    win.focus();
  }

  private place(workArea: Rectangle): Rectangle {
    return placeInCorner(workArea, GROUNDING_WINDOW_SIZE, trayCornerFor(this.options.platform));
  }

  private create(): void {
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    let fault: GoneReason = 'closed';
    const win = createTendWindow(
      'grounding',
      {
        ...this.place(display.workArea),
        ...floatingWindowOptions,
      },
      this.options,
      (reason) => (fault = reason),
    );
    win.once('ready-to-show', () => {
      if (!win.isDestroyed()) this.takeKeyboard(win);
    });
    win.once('closed', () => {
      if (this.win !== win) return;
      this.win = null;
      this.options.onGone?.(fault);
    });
    keepOnScreen(win, screen, (d) => this.place(d.workArea));
    this.win = win;
  }
}
