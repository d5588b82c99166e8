/**
 * The fake BrowserWindow. Placement, stacking, the taskbar and focus follow the profile: each rule
 * names its source (electron.d.ts via platform-table.ts, Electron or Chromium source, Electron docs).
 */
import { app } from './app.ts';
import { FakeEmitter, fakeEvent } from './emitter.ts';
import { blurOnRequest, clickInto, dropFocus, focusOnRequest, focusOnShow, hasFocus } from './focus.ts';
import { loadPage } from './page-load.ts';
import { available, onPlatform } from './profiles.ts';
import { fakeState } from './state.ts';
import { DestroyedError, FakeWebContents } from './web-contents.ts';
import { applyBounds, centred, initialBounds, initialTaskbarButton, reportedBounds, staysOnTop, type PlacementOptions, type Rect } from './window-placement.ts';

export interface FakeWindowOptions extends PlacementOptions {
  show?: boolean;
  alwaysOnTop?: boolean;
  acceptFirstMouse?: boolean;
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents: FakeWebContents;
  readonly options: FakeWindowOptions;
  /** Where Tend asked the window to be (getBounds() reports what the OS lets it know). */
  requestedBounds: Rect;
  private bounds: Rect;
  visible = false;
  /** showInactive() was called (on Wayland it shows and focuses like show()). */
  shownInactive = false;
  /** What isFocusable() reports: the last focusable flag set. */
  focusable: boolean;
  /** Whether the OS would ever give it keyboard focus (Linux: fixed at creation). */
  canTakeFocus: boolean;
  /** What isAlwaysOnTop() reports: the flag Tend set (Wayland never tells the compositor). */
  alwaysOnTop: boolean;
  /** The window has a taskbar button the user can see. */
  taskbarButton: boolean;
  /** macOS: clicks on the inactive app's window reach the page (default false). */
  readonly acceptFirstMouse: boolean;
  /** Wayland: focus was asked for and the desktop flashed or notified instead. */
  attentionRequested = false;
  loaded: { file?: string; url?: string; hash?: string } | null = null;
  minimized = false;
  private destroyed = false;

  constructor(options: FakeWindowOptions = {}) {
    super();
    this.options = options;
    this.requestedBounds = initialBounds(options);
    this.bounds = { ...this.requestedBounds };
    this.focusable = options.focusable ?? true;
    this.canTakeFocus = this.focusable;
    this.alwaysOnTop = Boolean(options.alwaysOnTop);
    this.acceptFirstMouse = onPlatform('darwin') && Boolean(options.acceptFirstMouse);
    this.taskbarButton = initialTaskbarButton(options);
    this.webContents = new FakeWebContents(this);
    fakeState.windows.push(this);
    app.emit('browser-window-created', fakeEvent(), this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
    if (options.show !== false) this.show();
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return fakeState.windows.filter((w) => !w.isDestroyed());
  }
  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return fakeState.windows.find((w) => w.webContents === contents && !w.isDestroyed()) ?? null;
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return fakeState.windows.find((w) => hasFocus(w)) ?? null;
  }

  private check(): void {
    if (this.destroyed) throw new DestroyedError();
  }
  /** loadURL of an absolute file:// URL (lib/browser/api/web-contents.ts loadFile resolves against the app path). */
  loadFile(file: string, options?: { hash?: string }): Promise<void> {
    this.check();
    this.loaded = { file, ...(options?.hash !== undefined ? { hash: options.hash } : {}) };
    this.webContents.url = `file://${file}${options?.hash ? `#${options.hash}` : ''}`;
    return loadPage(this.webContents, this.webContents.url, () => this.readyToShow());
  }
  loadURL(url: string): Promise<void> {
    this.check();
    const hash = /#(.*)$/.exec(url)?.[1];
    this.loaded = { url, ...(hash !== undefined ? { hash } : {}) };
    this.webContents.url = url;
    return loadPage(this.webContents, url, () => this.readyToShow());
  }
  private readyToShow(): void {
    if (!this.destroyed) this.emit('ready-to-show');
  }
  show(): void {
    this.check();
    const wasVisible = this.visible;
    this.visible = true;
    this.shownInactive = false;
    focusOnShow(this, wasVisible);
    this.emit('show');
  }
  /** Not supported on Wayland (electron.d.ts): there it shows and focuses like show(). */
  showInactive(): void {
    this.check();
    if (!available('BrowserWindow.showInactive')) {
      this.show();
      this.shownInactive = true;
      return;
    }
    this.visible = true;
    this.shownInactive = true;
    this.emit('show');
  }
  hide(): void {
    this.check();
    this.visible = false;
    dropFocus(this);
    this.emit('hide');
  }
  focus(): void {
    this.check();
    focusOnRequest(this);
  }
  blur(): void {
    blurOnRequest(this);
  }
  isFocused(): boolean {
    return hasFocus(this);
  }
  isVisible(): boolean {
    return !this.destroyed && this.visible;
  }
  /** Test helper: the user clicks inside the window; says whether the page got the click and whether the window has focus. */
  click(): { reachedPage: boolean; focused: boolean } {
    this.check();
    if (!this.visible) throw new Error('Cannot click a hidden window');
    return clickInto(this);
  }
  /**
   * darwin and win32 only (electron.d.ts). On Linux the window's X11 (or Wayland) surface keeps the
   * activatable flag it was created with (x11_window.cc: `activatable_` is set once, and a
   * non-activatable window is override-redirect), so only isFocusable() changes. On Windows it also
   * calls SetSkipTaskbar(!focusable), which gives the window a taskbar button (native_window_views.cc).
   */
  setFocusable(value: boolean): void {
    this.check();
    this.focusable = value;
    if (!available('BrowserWindow.setFocusable')) return;
    this.canTakeFocus = value;
    if (onPlatform('win32')) {
      this.taskbarButton = value;
      if (!value) blurOnRequest(this);
    }
  }
  isFocusable(): boolean {
    return this.focusable;
  }
  /** darwin and win32 only (electron.d.ts); Linux has no way to skip the taskbar (docs/breaking-changes.md). */
  setSkipTaskbar(skip: boolean): void {
    if (available('BrowserWindow.setSkipTaskbar') && !onPlatform('darwin')) this.taskbarButton = !skip;
  }
  setAlwaysOnTop(value: boolean): void {
    this.alwaysOnTop = value;
  }
  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }
  /** Whether the window really stays above others (window-placement.ts). */
  get keptOnTop(): boolean {
    return staysOnTop(this.alwaysOnTop, this.options);
  }
  setBounds(bounds: Partial<Rect>): void {
    this.check();
    this.requestedBounds = { ...this.requestedBounds, ...bounds };
    this.bounds = applyBounds(this.bounds, bounds);
  }
  getBounds(): Rect {
    this.check();
    return reportedBounds(this.bounds);
  }
  setPosition(x: number, y: number): void {
    if (available('BrowserWindow.setPosition')) this.setBounds({ x, y });
  }
  /** Not supported on Wayland (electron.d.ts); elsewhere centres on the primary display's work area. */
  center(): void {
    if (available('BrowserWindow.center')) this.setBounds(centred(this.bounds));
  }
  /** Not supported on Wayland (electron.d.ts); elsewhere stacking is not modelled. */
  moveTop(): void {}
  minimize(): void {
    this.check();
    this.minimized = true;
    dropFocus(this);
  }
  restore(): void {
    this.check();
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  /** Test helper: the page stops answering, then (maybe) answers again. */
  hang(): void {
    this.emit('unresponsive');
  }
  recover(): void {
    this.emit('responsive');
  }
  setOpacity(): void {}
  setVisibleOnAllWorkspaces(): void {}
  setMenuBarVisibility(): void {}
  setTitle(): void {}
  close(): void {
    if (this.destroyed) return;
    const event = fakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    dropFocus(this);
    this.webContents.markDestroyed();
    this.emit('closed');
    if (FakeBrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

