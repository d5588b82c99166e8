/**
 * A fake `electron` module for main-process tests. The real main code imports it in place of Electron
 * (vitest alias), so a test can start Tend, move fake time, set idle time, emit power events, click tray
 * menu items and see which windows exist, exactly as a user would. Only what Tend uses is modelled, but
 * that part behaves like Electron (events, ids, destroyed windows throwing, ready-to-show after load).
 */
import { FakeEmitter, fakeEvent } from './emitter.ts';
import { fakeState, type FakeDisplay } from './state.ts';

export { fakeState, resetFakeState } from './state.ts';

type Rect = { x: number; y: number; width: number; height: number };
type Handler = (event: unknown, ...args: unknown[]) => unknown;

class DestroyedError extends Error {
  constructor() {
    super('Object has been destroyed');
  }
}

// ---------------------------------------------------------------- app
class FakeApp extends FakeEmitter {
  private readyResolve: () => void = () => {};
  private readonly readyPromise = new Promise<void>((resolve) => (this.readyResolve = resolve));
  private ready = false;

  get isPackaged(): boolean {
    return fakeState.isPackaged;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  /** Test helper: fire 'ready' like Electron does once at start-up. */
  fireReady(): void {
    this.ready = true;
    this.emit('ready', fakeEvent(), {});
    this.readyResolve();
  }
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    // Like Electron: the instance that loses the lock hands its data to the one that holds it.
    if (!fakeState.singleInstanceLock) fakeState.singleInstanceData = additionalData;
    return fakeState.singleInstanceLock;
  }
  /** Test helper: another `tend …` was started; Electron tells the running instance like this. */
  fireSecondInstance(argv: string[], additionalData?: unknown, workingDirectory = '/'): void {
    this.emit('second-instance', fakeEvent(), argv, workingDirectory, additionalData);
  }
  quit(): void {
    fakeState.quitCalls += 1;
    this.emit('before-quit', fakeEvent());
    this.emit('will-quit', fakeEvent());
  }
  exit(): void {
    fakeState.quitCalls += 1;
  }
  getName(): string {
    return fakeState.appName;
  }
  getVersion(): string {
    return fakeState.appVersion;
  }
  getPath(name: string): string {
    if (name === 'userData' || name === 'appData' || name === 'logs') return fakeState.userDataDir;
    if (name === 'home') return fakeState.userDataDir;
    if (name === 'exe') return '/opt/Tend/tend';
    return fakeState.userDataDir;
  }
  getAppPath(): string {
    return process.cwd();
  }
  setAppUserModelId(): void {}
  getLoginItemSettings(): { openAtLogin: boolean } {
    return { ...fakeState.loginItem };
  }
  setLoginItemSettings(settings: { openAtLogin?: boolean; openAsHidden?: boolean; path?: string; args?: string[] }): void {
    fakeState.loginItemCalls.push({ ...settings });
    fakeState.loginItem.openAtLogin = Boolean(settings.openAtLogin);
  }
}

// ---------------------------------------------------------------- web contents & windows
/** A frame (Electron's WebFrameMain): the page's top frame, or a subframe inside it. */
export class FakeWebFrameMain {
  private ownUrl: string;
  constructor(
    private readonly contents: FakeWebContents,
    readonly parent: FakeWebFrameMain | null,
    url = '',
  ) {
    this.ownUrl = url;
  }
  /** The top frame shows what its web contents loaded; a subframe its own address. */
  get url(): string {
    return this.parent === null ? this.contents.url : this.ownUrl;
  }
  get top(): FakeWebFrameMain {
    return this.parent === null ? this : this.parent.top;
  }
  get origin(): string {
    try {
      return new URL(this.url).origin;
    } catch {
      return 'null';
    }
  }
  /** Test helper: a subframe (an iframe) inside this frame, showing `url`. */
  subframe(url: string): FakeWebFrameMain {
    return new FakeWebFrameMain(this.contents, this, url);
  }
}

export class FakeWebContents extends FakeEmitter {
  readonly id = fakeState.nextWebContentsId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  readonly mainFrame: FakeWebFrameMain = new FakeWebFrameMain(this, null);
  url = '';
  private destroyed = false;
  private crashed = false;
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;

  constructor(readonly owner: FakeBrowserWindow) {
    super();
  }
  send(channel: string, payload?: unknown): void {
    if (this.destroyed) throw new DestroyedError();
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return this.crashed;
  }
  getURL(): string {
    return this.url;
  }
  /** Test helper: the renderer process dies, as Electron reports it (the window itself stays). */
  crash(reason = 'crashed'): void {
    this.crashed = true;
    this.emit('render-process-gone', fakeEvent(), { reason, exitCode: 1 });
  }
  markDestroyed(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }
}

export interface FakeWindowOptions {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  show?: boolean;
  focusable?: boolean;
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents: FakeWebContents;
  readonly options: FakeWindowOptions;
  bounds: Rect;
  visible = false;
  focused = false;
  shownInactive = false;
  focusable: boolean;
  alwaysOnTop: boolean;
  loaded: { file?: string; url?: string; hash?: string } | null = null;
  minimized = false;
  private destroyed = false;

  constructor(options: FakeWindowOptions = {}) {
    super();
    this.options = options;
    this.focusable = options.focusable ?? true;
    this.alwaysOnTop = Boolean(options['alwaysOnTop']);
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
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

  private check(): void {
    if (this.destroyed) throw new DestroyedError();
  }
  loadFile(file: string, options?: { hash?: string }): Promise<void> {
    this.check();
    this.loaded = { file, ...(options?.hash !== undefined ? { hash: options.hash } : {}) };
    this.webContents.url = `file://${file}${options?.hash ? `#${options.hash}` : ''}`;
    return this.finishLoad();
  }
  loadURL(url: string): Promise<void> {
    this.check();
    this.loaded = { url };
    this.webContents.url = url;
    return this.finishLoad();
  }
  private finishLoad(): Promise<void> {
    // Like Electron: the page loads asynchronously, then ready-to-show fires once.
    return Promise.resolve().then(() => {
      if (this.destroyed) return;
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
    });
  }
  show(): void {
    this.check();
    this.visible = true;
    this.focused = this.focusable;
    this.shownInactive = false;
    this.emit('show');
  }
  showInactive(): void {
    this.check();
    this.visible = true;
    this.shownInactive = true;
    this.emit('show');
  }
  hide(): void {
    this.check();
    this.visible = false;
    this.focused = false;
    this.emit('hide');
  }
  focus(): void {
    this.check();
    if (this.focusable) this.focused = true;
    this.emit('focus');
  }
  blur(): void {
    this.focused = false;
  }
  isFocused(): boolean {
    return !this.destroyed && this.focused;
  }
  isVisible(): boolean {
    return !this.destroyed && this.visible;
  }
  setFocusable(value: boolean): void {
    this.check();
    this.focusable = value;
  }
  isFocusable(): boolean {
    return this.focusable;
  }
  setAlwaysOnTop(value: boolean): void {
    this.alwaysOnTop = value;
  }
  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }
  setBounds(bounds: Partial<Rect>): void {
    this.check();
    this.bounds = { ...this.bounds, ...bounds };
  }
  getBounds(): Rect {
    this.check();
    return { ...this.bounds };
  }
  setPosition(x: number, y: number): void {
    this.setBounds({ x, y });
  }
  minimize(): void {
    this.check();
    this.minimized = true;
    this.focused = false;
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
  moveTop(): void {}
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
    this.webContents.markDestroyed();
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

// ---------------------------------------------------------------- tray, menu, images
export interface FakeMenuItem {
  id?: string;
  label?: string;
  type?: string;
  enabled?: boolean;
  accelerator?: string;
  checked?: boolean;
  click?: (...args: unknown[]) => void;
  submenu?: FakeMenu;
}

export class FakeMenu {
  constructor(readonly items: FakeMenuItem[]) {}
  static buildFromTemplate(template: Record<string, unknown>[]): FakeMenu {
    return new FakeMenu(
      template.map((t) => {
        const sub = t['submenu'];
        const submenu = Array.isArray(sub)
          ? FakeMenu.buildFromTemplate(sub as Record<string, unknown>[])
          : (sub as FakeMenu | undefined);
        return { ...(t as FakeMenuItem), ...(submenu ? { submenu } : {}) };
      }),
    );
  }
  static setApplicationMenu(): void {}
  getMenuItemById(id: string): FakeMenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const found = item.submenu?.getMenuItemById(id);
      if (found) return found;
    }
    return null;
  }
  /** Labels of the items, separators omitted. */
  labels(): string[] {
    return this.items.filter((i) => i.type !== 'separator').map((i) => i.label ?? '');
  }
  /** Test helper: click the item at this label path, e.g. ['Pause', '1 hour']. */
  click(...path: string[]): void {
    const item = this.find(path);
    if (!item.click) throw new Error(`Menu item "${path.join(' ▸ ')}" has no click handler`);
    if (item.enabled === false) throw new Error(`Menu item "${path.join(' ▸ ')}" is disabled`);
    item.click(item, undefined, {});
  }
  /** Test helper: the item at this label path, or an error naming what is there instead. */
  find(path: string[]): FakeMenuItem {
    const [label, ...rest] = path;
    const item = this.items.find((i) => i.label === label);
    if (!item) throw new Error(`No menu item "${String(label)}" in [${this.labels().join(', ')}]`);
    if (rest.length === 0) return item;
    if (!item.submenu) throw new Error(`Menu item "${String(label)}" has no submenu`);
    return item.submenu.find(rest);
  }
}

export class FakeNativeImage {
  constructor(
    readonly path: string,
    private readonly empty: boolean,
  ) {}
  isEmpty(): boolean {
    return this.empty;
  }
  template = false;
  setTemplateImage(value: boolean): void {
    this.template = value;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
  resize(): this {
    return this;
  }
}

export const nativeImage = {
  createFromPath(path: string): FakeNativeImage {
    return new FakeNativeImage(path, false);
  },
  createEmpty(): FakeNativeImage {
    return new FakeNativeImage('', true);
  },
};

export class FakeTray extends FakeEmitter {
  menu: FakeMenu | null = null;
  tooltip = '';
  title = '';
  menuBuilds = 0;
  popUps = 0;
  private destroyed = false;
  constructor(public image: FakeNativeImage) {
    super();
    fakeState.trays.push(this);
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.menuBuilds += 1;
    this.menu = menu;
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setTitle(text: string): void {
    this.title = text;
  }
  setImage(image: FakeNativeImage): void {
    this.image = image;
  }
  popUpContextMenu(): void {
    this.popUps += 1;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

// ---------------------------------------------------------------- ipc
class FakeIpcMain extends FakeEmitter {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /**
   * Test helper: invoke a channel as a page in `sender` would through ipcRenderer.invoke; from its top
   * frame unless `frame` says otherwise (a subframe, or null: the frame has gone or navigated away).
   */
  invoke(sender: FakeWebContents, channel: string, payload?: unknown, frame: FakeWebFrameMain | null = sender.mainFrame): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    const event = { sender, senderFrame: frame, processId: 1, frameId: frame === null || frame.parent === null ? 1 : 2 };
    return Promise.resolve(handler(event, payload));
  }
}

// ---------------------------------------------------------------- screen, power, shortcuts
class FakeScreen extends FakeEmitter {
  getCursorScreenPoint(): { x: number; y: number } {
    return { ...fakeState.cursor };
  }
  getAllDisplays(): FakeDisplay[] {
    return fakeState.displays.map((d) => ({ ...d }));
  }
  getPrimaryDisplay(): FakeDisplay {
    const first = fakeState.displays[0];
    if (!first) throw new Error('no displays');
    return { ...first };
  }
  getDisplayNearestPoint(point: { x: number; y: number }): FakeDisplay {
    const inside = fakeState.displays.find(
      (d) =>
        point.x >= d.bounds.x &&
        point.x < d.bounds.x + d.bounds.width &&
        point.y >= d.bounds.y &&
        point.y < d.bounds.y + d.bounds.height,
    );
    return { ...(inside ?? this.getPrimaryDisplay()) };
  }
  getDisplayMatching(rect: Rect): FakeDisplay {
    return this.getDisplayNearestPoint({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
  }
  /** Test helper: unplug a display. */
  removeDisplay(id: number): void {
    const d = fakeState.displays.find((x) => x.id === id);
    fakeState.displays = fakeState.displays.filter((x) => x.id !== id);
    if (d) this.emit('display-removed', fakeEvent(), d);
  }
  /** Test helper: plug in a display. */
  addDisplay(d: FakeDisplay): void {
    fakeState.displays = [...fakeState.displays, d];
    this.emit('display-added', fakeEvent(), d);
  }
}

class FakePowerMonitor extends FakeEmitter {
  getSystemIdleTime(): number {
    fakeState.idleQueries += 1;
    return fakeState.idleSeconds;
  }
  getSystemIdleState(threshold: number): 'active' | 'idle' | 'locked' {
    fakeState.idleQueries += 1;
    if (fakeState.locked) return 'locked';
    return fakeState.idleSeconds >= threshold ? 'idle' : 'active';
  }
  isOnBatteryPower(): boolean {
    return false;
  }
}

// Electron's accelerator grammar: modifiers, then exactly one key code (case-insensitive).
const acceleratorModifiers = new Set(['command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta']);
const acceleratorKeys = new Set(
  [
    ...'0123456789abcdefghijklmnopqrstuvwxyz)!@#$%^&*(:;=<,_->.?/~`{][|\\}"\''.split(''),
    ...Array.from({ length: 24 }, (_, i) => `f${i + 1}`),
    ...Array.from({ length: 10 }, (_, i) => `num${i}`),
    ...['plus', 'space', 'tab', 'capslock', 'numlock', 'scrolllock', 'backspace', 'delete', 'insert', 'return', 'enter', 'up', 'down'],
    ...['left', 'right', 'home', 'end', 'pageup', 'pagedown', 'escape', 'esc', 'volumeup', 'volumedown', 'volumemute'],
    ...['medianexttrack', 'mediaprevioustrack', 'mediastop', 'mediaplaypause', 'printscreen', 'numdec', 'numadd', 'numsub', 'nummult', 'numdiv'],
  ],
);
function checkAccelerator(accelerator: string): void {
  const parts = accelerator.split('+');
  const keys = parts.filter((p) => !acceleratorModifiers.has(p.toLowerCase()));
  if (accelerator === '' || keys.length !== 1 || !acceleratorKeys.has(keys[0]!.toLowerCase())) {
    throw new TypeError(`Error processing argument at index 0, conversion failure from ${accelerator}`);
  }
}

export const globalShortcut = {
  register(accelerator: string, callback: () => void): boolean {
    checkAccelerator(accelerator);
    if (fakeState.takenShortcuts.has(accelerator) || fakeState.shortcuts.has(accelerator)) return false;
    fakeState.shortcuts.set(accelerator, callback);
    return true;
  },
  unregister(accelerator: string): void {
    checkAccelerator(accelerator);
    fakeState.shortcuts.delete(accelerator);
  },
  unregisterAll(): void {
    fakeState.shortcuts.clear();
  },
  isRegistered(accelerator: string): boolean {
    checkAccelerator(accelerator);
    return fakeState.shortcuts.has(accelerator);
  },
  /** Test helper: the user presses the accelerator. */
  press(accelerator: string): void {
    const cb = fakeState.shortcuts.get(accelerator);
    if (!cb) throw new Error(`Shortcut ${accelerator} is not registered`);
    cb();
  },
};

class FakeSession {
  readonly webRequest = { onHeadersReceived: (): void => {}, onBeforeRequest: (): void => {} };
  setPermissionRequestHandler(handler: ((...args: never[]) => unknown) | null): void {
    fakeState.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: ((...args: never[]) => unknown) | null): void {
    fakeState.permissionCheckHandler = handler;
  }
  setSpellCheckerEnabled(): void {}
}

export const shell = {
  openExternal(url: string): Promise<void> {
    fakeState.openedExternal.push(url);
    return Promise.resolve();
  },
  openPath(): Promise<string> {
    return Promise.resolve('');
  },
  showItemInFolder(): void {},
};

export class Notification extends FakeEmitter {
  static get shown(): { title: string; body: string }[] {
    return fakeState.notifications;
  }
  static isSupported(): boolean {
    return fakeState.notificationsSupported;
  }
  constructor(readonly options: { title: string; body: string; silent?: boolean }) {
    super();
  }
  show(): void {
    fakeState.notifications.push({ title: this.options.title, body: this.options.body });
    this.emit('show', fakeEvent());
  }
  close(): void {
    this.emit('close', fakeEvent());
  }
}

class FakeNativeTheme extends FakeEmitter {
  themeSource: 'system' | 'light' | 'dark' = 'system';
  get shouldUseDarkColors(): boolean {
    return this.themeSource === 'system' ? fakeState.darkColors : this.themeSource === 'dark';
  }
  /** Test helper: the OS switches between light and dark. */
  setSystemDark(dark: boolean): void {
    fakeState.darkColors = dark;
    this.emit('updated');
  }
}

export const dialog = {
  shown: [] as { type: string; message: string; detail?: string }[],
  showMessageBox(_win: unknown, options?: { type?: string; message: string; detail?: string }): Promise<{ response: number }> {
    const o = options ?? (_win as { type?: string; message: string; detail?: string });
    dialog.shown.push({ type: o.type ?? 'none', message: o.message, ...(o.detail ? { detail: o.detail } : {}) });
    return Promise.resolve({ response: 0 });
  },
  showErrorBox(title: string, content: string): void {
    dialog.shown.push({ type: 'error', message: title, detail: content });
  },
};

// ---------------------------------------------------------------- preload side (for preload tests)
export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed[key] = api;
  },
};

class FakeIpcRenderer extends FakeEmitter {
  readonly invoked: { channel: string; payload: unknown }[] = [];
  invoke(channel: string, payload?: unknown): Promise<unknown> {
    this.invoked.push({ channel, payload });
    return Promise.resolve({ ok: true, value: null });
  }
}

// ---------------------------------------------------------------- module surface
export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;
export const Tray = FakeTray;
export const Menu = FakeMenu;
export const ipcMain = new FakeIpcMain();
export const ipcRenderer = new FakeIpcRenderer();
export const screen = new FakeScreen();
export const powerMonitor = new FakePowerMonitor();
export const session = { defaultSession: new FakeSession() };
export const nativeTheme = new FakeNativeTheme();

const electron = {
  app,
  BrowserWindow,
  Tray,
  Menu,
  nativeImage,
  ipcMain,
  ipcRenderer,
  screen,
  powerMonitor,
  globalShortcut,
  session,
  shell,
  Notification,
  dialog,
  contextBridge,
  nativeTheme,
};
export default electron;
