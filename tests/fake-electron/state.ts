/** The shared, resettable state behind the fake electron module. Tests drive and inspect it. */
import type { FakeBrowserWindow, FakeTray } from './index.ts';

export interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
  scaleFactor: number;
}

export const primaryDisplay: FakeDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  scaleFactor: 1,
};

export const fakeState = {
  userDataDir: '',
  appVersion: '0.1.0',
  appName: 'Tend',
  isPackaged: false,
  singleInstanceLock: true,
  quitCalls: 0,
  idleSeconds: 0,
  idleQueries: 0,
  locked: false,
  cursor: { x: 100, y: 100 },
  displays: [primaryDisplay] as FakeDisplay[],
  windows: [] as FakeBrowserWindow[],
  trays: [] as FakeTray[],
  shortcuts: new Map<string, () => void>(),
  /** Accelerators whose registration should fail, as when another app holds them. */
  takenShortcuts: new Set<string>(),
  openedExternal: [] as string[],
  loginItem: { openAtLogin: false },
  /** Every app.setLoginItemSettings call, in order. */
  loginItemCalls: [] as { openAtLogin?: boolean; openAsHidden?: boolean; path?: string; args?: string[] }[],
  nextWebContentsId: 1,
  permissionRequestHandler: null as null | ((...args: never[]) => unknown),
  permissionCheckHandler: null as null | ((...args: never[]) => unknown),
  /** What a second instance handed over with requestSingleInstanceLock(additionalData). */
  singleInstanceData: undefined as unknown,
  notificationsSupported: true,
  notifications: [] as { title: string; body: string }[],
  darkColors: false,
};

/** Resets the fake to a just-launched app with `userDataDir` as its profile folder. */
export function resetFakeState(userDataDir: string): void {
  Object.assign(fakeState, {
    userDataDir,
    appVersion: '0.1.0',
    appName: 'Tend',
    isPackaged: false,
    singleInstanceLock: true,
    quitCalls: 0,
    idleSeconds: 0,
    idleQueries: 0,
    locked: false,
    cursor: { x: 100, y: 100 },
    displays: [primaryDisplay],
    windows: [],
    trays: [],
    shortcuts: new Map(),
    takenShortcuts: new Set(),
    openedExternal: [],
    loginItem: { openAtLogin: false },
    loginItemCalls: [],
    nextWebContentsId: 1,
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    singleInstanceData: undefined,
    notificationsSupported: true,
    notifications: [],
    darkColors: false,
  });
}
