/**
 * Starts the real main-process code against the fake electron module in a fresh module graph, with a
 * real temporary profile folder, and returns handles a test can drive like a user. With `clock`, time
 * is vitest's fake time from that instant (setTimeout and Date), in UTC with 24-hour clock labels.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';
import type { EngineState } from '../electron/core/engine/index.ts';
import type { InvokeChannel, RequestOf } from '../electron/core/ipc-contract.ts';
import type { IpcResult } from '../electron/core/ipc-channels.ts';
import { defaultSettings } from '../electron/core/settings/settings-defaults.ts';
import type { Settings } from '../electron/core/settings/settings-schema.ts';
import type { EngineController } from '../electron/main/breaks/engine-controller.ts';
import type { StartOptions, TendRuntime } from '../electron/main/app/start-tend.ts';
import { profileForPlatform, profileSpecs, type ProfileName } from '../tests/fake-electron/profiles.ts';

export const BUILD_DIR = resolve(import.meta.dirname, '../out');

export type FakeElectron = typeof import('../tests/fake-electron/index.ts');
type FakeWindow = import('../tests/fake-electron/index.ts').FakeBrowserWindow;

export interface LaunchedTend {
  electron: FakeElectron;
  /** The platform profile the fake plays. */
  profile: ProfileName;
  userDataDir: string;
  /** The wired app (null when it never got past the single-instance lock). */
  runtime: TendRuntime | null;
  /** What Tend printed for the command line. */
  printed: string[];
  /** The tray's current menu; throws if there is no tray. */
  trayMenu(): import('../tests/fake-electron/index.ts').FakeMenu;
  /** Windows that are alive now. */
  liveWindows(): FakeWindow[];
  /** The live window showing `route` (#/break, #/grounding, …), if any. */
  windowFor(route: 'break' | 'grounding' | 'settings' | 'welcome' | 'home'): FakeWindow | undefined;
  /** Calls an invoke channel as the page in `win` would. */
  invoke<C extends InvokeChannel>(win: FakeWindow, channel: C, request?: RequestOf<C>): Promise<IpcResult<unknown>>;
  /** Sends anything at all on a channel (for rejection tests). */
  invokeRaw(win: FakeWindow, channel: string, payload?: unknown): Promise<IpcResult<unknown>>;
  /** Lets pending promise callbacks (loads, ready-to-show, IPC) run. */
  settle(): Promise<void>;
  /** Moves fake time on by `ms` (needs `clock`), running every timer and idle sample due on the way. */
  advance(ms: number): Promise<void>;
  /** The break engine's state (throws when another controller was passed in). */
  engine(): EngineState;
  /** What the tray's status line says. */
  status(): string;
  cleanup(): void;
}

export interface LaunchOptions {
  userDataDir?: string;
  /** Adjust the fake before the app starts (e.g. a taken shortcut, a locked single-instance). */
  before?: (electron: FakeElectron) => void;
  /** Settings on disk at start (merged over defaults). By default Tend has been run before (no welcome). */
  settings?: Partial<Settings>;
  /** Start like a first run: no config.json at all. */
  firstRun?: boolean;
  /** The exact text of config.json at start (for damaged files). */
  configText?: string;
  /** The user's arguments (after the executable). */
  args?: string[];
  /** A stand-in for the break engine (recording-controller.ts). */
  controller?: StartOptions['controller'];
  /** What the OS's commands print for the busy readers (left out: every command fails, so 'unknown'). */
  runCommand?: StartOptions['runCommand'];
  /** A process table for the Linux camera check (left out: none, so the camera says nothing). */
  procRoot?: string;
  /** Another build folder than out/ (for a damaged install). */
  buildDir?: string;
  /** The platform profile (default linux-x11); Tend is told the matching `platform`. */
  profile?: ProfileName;
  /** Older spelling: 'linux' plays linux-x11, 'darwin' and 'win32' themselves. */
  platform?: string;
  /**
   * What the installer put on the machine: the Start-menu shortcut's AppUserModelID (default: the appId
   * in electron-builder.yml, which electron-builder gives the shortcut) and the .desktop file's name
   * (default null: any reverse-DNS name Tend claims).
   */
  installed?: { appUserModelId?: string | null; desktopFile?: string | null };
  env?: Record<string, string | undefined>;
  /** Fake time from this instant (epoch ms); without it, real time. */
  clock?: number;
  timeZone?: string;
}

/** Launches Tend on the fake electron and fires app 'ready'. */
/** The appId electron-builder.yml gives the installed app. */
function builderAppId(): string | null {
  const yml = readFileSync(resolve(import.meta.dirname, '../electron-builder.yml'), 'utf8');
  return /^appId:\s*(\S+)/m.exec(yml)?.[1] ?? null;
}

/** The profile `options` ask for: `profile`, else the one for `platform`, else linux-x11. */
export function profileOf(options: Pick<LaunchOptions, 'profile' | 'platform'>): ProfileName {
  const fromPlatform = options.platform === undefined ? undefined : profileForPlatform(options.platform);
  if (options.profile && fromPlatform && profileSpecs[options.profile].platform !== profileSpecs[fromPlatform].platform) {
    throw new Error(`profile ${options.profile} does not run on platform ${String(options.platform)}`);
  }
  return options.profile ?? fromPlatform ?? 'linux-x11';
}

export async function launchTend(options: LaunchOptions = {}): Promise<LaunchedTend> {
  vi.resetModules();
  const profile = profileOf(options);
  if (options.clock !== undefined) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(options.clock);
  }
  const electron: FakeElectron = await import('../tests/fake-electron/index.ts');
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'tend-test-'));
  // Before ready: what Tend does at start-up (privileged schemes, .desktop name) happens in the right order.
  electron.resetFakeState(userDataDir, profile, { ready: false });
  electron.fakeState.installedAppUserModelId = options.installed?.appUserModelId !== undefined ? options.installed.appUserModelId : builderAppId();
  electron.fakeState.installedDesktopFile = options.installed?.desktopFile ?? null;
  if (options.configText !== undefined) writeFileSync(join(userDataDir, 'config.json'), options.configText);
  else if (!options.firstRun) {
    writeFileSync(join(userDataDir, 'config.json'), JSON.stringify({ ...defaultSettings(), firstRunDone: true, ...options.settings }));
  }
  options.before?.(electron);
  const { startTend } = await import('../electron/main/app/start-tend.ts');
  const printed: string[] = [];
  const handle: { runtime: TendRuntime | null } = { runtime: null };
  startTend({
    buildDir: options.buildDir ?? BUILD_DIR,
    argv: ['/opt/Tend/tend', ...(options.args ?? [])],
    defaultApp: false,
    platform: profileSpecs[profile].platform,
    // Never the machine's own system bus (logind): a test that wants one passes its own address.
    env: { DBUS_SYSTEM_BUS_ADDRESS: 'unix:path=/nonexistent/tend-test-system-bus', ...options.env },
    homeDir: userDataDir,
    print: (line) => printed.push(line),
    logToConsole: false,
    timeZone: options.timeZone ?? 'UTC',
    locale: 'en-GB',
    onReady: (runtime) => (handle.runtime = runtime),
    ...(options.controller ? { controller: options.controller } : {}),
    // The machine's own gsettings, reg or pactl never answer a test: each says what its OS would print.
    runCommand: options.runCommand ?? (() => Promise.resolve(null)),
    // Nor does the machine's own /proc: real file reads would answer in real time, not the test's.
    procRoot: options.procRoot ?? null,
  });
  electron.app.fireReady();
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
    await new Promise<void>((r) => setImmediate(r));
    // Pages come through Tend's scheme handler, which reads real files: wait until every load answered.
    while (electron.fakeState.loadsInFlight.size > 0) {
      await Promise.all(electron.fakeState.loadsInFlight);
      for (let i = 0; i < 10; i++) await Promise.resolve();
    }
  };
  await settle();
  const liveWindows = (): FakeWindow[] => electron.BrowserWindow.getAllWindows();
  return {
    electron,
    profile,
    userDataDir,
    get runtime() {
      return handle.runtime;
    },
    printed,
    trayMenu() {
      const tray = electron.fakeState.trays.at(-1);
      if (!tray?.menu) throw new Error('Tend has no tray menu');
      return tray.menu;
    },
    liveWindows,
    windowFor: (route) => liveWindows().find((w) => w.loaded?.hash === `/${route}`),
    invoke: (win, channel, request) => electron.ipcMain.invoke(win.webContents, channel, request) as Promise<IpcResult<unknown>>,
    invokeRaw: (win, channel, payload) => electron.ipcMain.invoke(win.webContents, channel, payload) as Promise<IpcResult<unknown>>,
    settle,
    async advance(ms) {
      await vi.advanceTimersByTimeAsync(ms);
      await settle();
    },
    engine() {
      const controller = handle.runtime?.controller;
      if (!controller || !('state' in controller)) throw new Error('Tend is not running the break engine');
      return (controller as EngineController).state();
    },
    status() {
      const label = electron.fakeState.trays.at(-1)?.menu?.items[0]?.label;
      if (label === undefined) throw new Error('Tend has no tray status line');
      return label;
    },
    cleanup() {
      vi.useRealTimers();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
