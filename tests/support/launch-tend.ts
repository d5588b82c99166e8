/**
 * Starts the real main-process code against the fake electron module in a fresh module graph, with a
 * real temporary profile folder, and returns handles a test can drive like a user.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';

export const BUILD_DIR = resolve(import.meta.dirname, '../../out');

export type FakeElectron = typeof import('../fake-electron/index.ts');

export interface LaunchedTend {
  electron: FakeElectron;
  userDataDir: string;
  /** The tray's current menu; throws if there is no tray. */
  trayMenu(): import('../fake-electron/index.ts').FakeMenu;
  /** Windows that are alive now. */
  liveWindows(): import('../fake-electron/index.ts').FakeBrowserWindow[];
  /** Lets pending promise callbacks (loads, ready-to-show, IPC) run. */
  settle(): Promise<void>;
  cleanup(): void;
}

export interface LaunchOptions {
  userDataDir?: string;
  /** Adjust the fake before the app starts (e.g. a taken shortcut, a locked single-instance). */
  before?: (electron: FakeElectron) => void;
}

/** Launches Tend on the fake electron and fires app 'ready'. */
export async function launchTend(options: LaunchOptions = {}): Promise<LaunchedTend> {
  vi.resetModules();
  const electron: FakeElectron = await import('../fake-electron/index.ts');
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'tend-test-'));
  electron.resetFakeState(userDataDir);
  options.before?.(electron);
  const { startTend } = await import('../../electron/main/start-tend.ts');
  startTend({ buildDir: BUILD_DIR });
  electron.app.fireReady();
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
    await new Promise<void>((r) => setImmediate(r));
  };
  await settle();
  return {
    electron,
    userDataDir,
    trayMenu() {
      const tray = electron.fakeState.trays.at(-1);
      if (!tray?.menu) throw new Error('Tend has no tray menu');
      return tray.menu;
    },
    liveWindows: () => electron.BrowserWindow.getAllWindows(),
    settle,
    cleanup: () => rmSync(userDataDir, { recursive: true, force: true }),
  };
}
