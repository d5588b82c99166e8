/**
 * The small break window: frameless, on top, off the taskbar, placed at the tray corner of the display
 * under the cursor, shown without taking focus, and destroyed when the break ends (no window between
 * breaks). It takes focus only after the user presses inside it (the page calls window:activate), or at
 * once when the user asked for it (`activate`: a click on the offer's notification on Wayland).
 *
 * How "never steal focus, yet fully keyboard-usable" is kept on each OS:
 * - macOS and Windows: created `focusable: false`, made focusable on the first press (setFocusable is
 *   darwin,win32 in electron.d.ts). macOS: `acceptFirstMouse` so that press acts on the page instead of
 *   only activating Tend (electron.d.ts BrowserWindowConstructorOptions.acceptFirstMouse). Windows:
 *   setFocusable(true) also calls SetSkipTaskbar(false) (shell/browser/native_window_views.cc), so the
 *   skip is put back at once and no taskbar button appears.
 * - Linux: `focusable: false` at creation can never be undone (the X11 window is made non-activatable
 *   and override-redirect: x11_window.cc; electron.d.ts `focusable`), which would leave Esc, Tab and
 *   Enter dead. So the window is created focusable and shown with showInactive, which keeps the
 *   keyboard where it was on X11. Electron 20 removed skip-taskbar on Linux (electron/electron#35156),
 *   so on X11 the offer has a taskbar entry while it stands. Native Wayland honours neither
 *   showInactive nor always-on-top: there the timed offer starts as a notification (offer-invitation.ts).
 */
import { app, screen } from 'electron';
import type { BrowserWindow, Rectangle } from 'electron';
import type { BreakView } from '../../core/ipc-contract.ts';
import { placeInCorner, trayCornerFor } from '../../core/window-placement.ts';
import { keepOnScreen } from './keep-on-screen.ts';
import { sendEvent } from '../ipc/send-event.ts';
import { createTendWindow, floatingWindowOptions, type GoneReason, type TendWindowDeps } from './tend-window.ts';

export const BREAK_WINDOW_SIZE = { width: 380, height: 260 } as const;

interface BreakWindowOptions extends TendWindowDeps {
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
   * `notify: false` the open page is not told (it asked for the view itself and has it already). With
   * `activate: true` the user asked for the window, so it is shown focused.
   */
  show(view: BreakView, options: { notify?: boolean; activate?: boolean } = {}): BrowserWindow | null {
    const open = this.current();
    if (open) {
      this.shown = view;
      if (this.loaded && options.notify !== false) sendEvent(open, 'break:view', view);
      if (options.activate) this.activate();
      return open;
    }
    if (options.notify === false) return null;
    this.shown = view;
    return this.create(options.activate === true);
  }

  /** What the window shows (for the page's break:current request), or null when it is closed. */
  view(): BreakView | null {
    return this.current() ? this.shown : null;
  }

  /** The user pressed inside the window: now it may take keyboard focus. */
  activate(): void {
    const win = this.current();
    if (!win) return;
    const { platform } = this.options;
    if (platform !== 'linux') win.setFocusable(true);
    // setFocusable(true) gave it a taskbar button on Windows (native_window_views.cc): take it away again.
    if (platform === 'win32') win.setSkipTaskbar(true);
    // An LSUIElement app is never active by itself; focus() alone uses activateIgnoringOtherApps:NO
    // and may leave the keyboard with the app in front (native_window_mac.mm).
    if (platform === 'darwin') app.focus({ steal: true });
    if (!win.isVisible()) win.show();
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

  private create(activate: boolean): BrowserWindow {
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    let fault: GoneReason = 'closed';
    this.loaded = false;
    const win = createTendWindow(
      'break',
      {
        ...this.place(display.workArea),
        ...floatingWindowOptions,
        // macOS and Windows: not focusable until the user presses inside it, so typing is never
        // hijacked. Linux: focusable, since there it could never become so (see the top of this file).
        focusable: this.options.platform === 'linux',
        acceptFirstMouse: true,
      },
      this.options,
      (reason) => (fault = reason),
    );
    win.once('ready-to-show', () => {
      if (win.isDestroyed()) return;
      if (activate) this.activate();
      else win.showInactive();
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
