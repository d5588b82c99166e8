/**
 * The smallest `electron` the built main bundle (out/main/index.cjs) boots on under plain Node, for
 * measuring its idle CPU (boot-preload.ts maps `require("electron")` here). Deliberately thin: real
 * timers, the real event loop, no fake time and no behaviour beyond what an idle day reaches: the app
 * is ready at once, the tray and menus are inert records, no display exists and no window may open
 * (a window during an idle minute would be a finding: it is counted and refused). The user's idle time
 * is steady: 0 while "active" (typing), or growing from 10 minutes while "away" at an unlocked machine.
 * Only erasable TypeScript, so Node runs it without a build step.
 */
import { EventEmitter } from 'node:events';

/** What happened in the stand-in; boot-preload.ts reports it after the measured minute. */
export const standInCounts = { idleReads: 0, trayMenus: 0, windowsAsked: 0, notifications: 0 };

const userData = process.env['TEND_IDLE_USER_DATA'] ?? '';
const away = process.env['TEND_IDLE_MODE'] === 'away';
const bootedAt = Date.now();

class StandInApp extends EventEmitter {
  readonly isPackaged = true;
  name = 'Tend';
  private readonly ready = new Promise<void>((resolve) => setImmediate(resolve)).then(
    () => void this.emit('ready'),
  );
  whenReady(): Promise<void> {
    return this.ready;
  }
  getPath(name: string): string {
    if (!userData) throw new Error('TEND_IDLE_USER_DATA is not set');
    return name === 'userData' ? userData : `${userData}/${name}`;
  }
  getName = (): string => this.name;
  getVersion = (): string => '0.1.0';
  getAppPath = (): string => process.cwd();
  requestSingleInstanceLock = (): boolean => true;
  setDesktopName(): void {}
  setAppUserModelId(): void {}
  focus(): void {}
  getLoginItemSettings = (): { openAtLogin: boolean } => ({ openAtLogin: false });
  setLoginItemSettings(): void {}
  quit(): void {
    this.emit('before-quit');
    this.emit('will-quit', { preventDefault() {} });
    process.exit(0);
  }
}
export const app = new StandInApp();

class StandInPowerMonitor extends EventEmitter {
  getSystemIdleTime(): number {
    standInCounts.idleReads += 1;
    return away ? 600 + Math.floor((Date.now() - bootedAt) / 1000) : 0;
  }
}
export const powerMonitor = new StandInPowerMonitor();

export class Tray extends EventEmitter {
  setToolTip(): void {}
  setImage(): void {}
  setContextMenu(): void {
    standInCounts.trayMenus += 1;
  }
  popUpContextMenu(): void {}
  destroy(): void {}
}

export const Menu = {
  buildFromTemplate: (template: unknown[]): { items: unknown[] } => ({ items: template }),
  setApplicationMenu(): void {},
};

export const nativeImage = {
  createFromPath: (path: string) => ({ path, setTemplateImage(): void {}, isEmpty: (): boolean => false }),
};

class StandInTheme extends EventEmitter {
  themeSource = 'system';
  shouldUseDarkColors = false;
  shouldUseDarkColorsForSystemIntegratedUI = false;
}
export const nativeTheme = new StandInTheme();

export class BrowserWindow extends EventEmitter {
  constructor() {
    super();
    standInCounts.windowsAsked += 1;
    throw new Error('idle-cpu stand-in: no windows on an idle day');
  }
}

export class Notification extends EventEmitter {
  static isSupported = (): boolean => true;
  show(): void {
    standInCounts.notifications += 1;
  }
}

class StandInIpcMain extends EventEmitter {
  handle(): void {}
  removeHandler(): void {}
}
export const ipcMain = new StandInIpcMain();

export const protocol = { registerSchemesAsPrivileged(): void {}, handle(): void {}, unhandle(): void {} };
export const session = {
  defaultSession: { setPermissionRequestHandler(): void {}, setPermissionCheckHandler(): void {} },
};
export const globalShortcut = {
  register: (): boolean => true,
  unregister(): void {},
  unregisterAll(): void {},
};
export const shell = { openExternal: (): Promise<void> => Promise.resolve() };
// No display: only windows would ask for one, and none opens.
export const screen = new EventEmitter();
