/** What starting Tend takes (StartOptions) and the handles on the running app it gives (TendRuntime). */
import type { EngineInput, LocalTime } from '../../core/engine/index.ts';
import type { TendCommand } from '../../core/tend-command.ts';
import type { AppWindow } from '../windows/app-window.ts';
import type { BreakWindow } from '../windows/break-window.ts';
import type { BreakController, ControllerDeps, TrayStatus } from '../breaks/engine-controller.ts';
import type { GroundingShortcut } from '../system/global-shortcut.ts';
import type { GroundingWindow } from '../windows/grounding-window.ts';
import type { HistoryService } from '../history/history-service.ts';
import type { IdleMonitor } from '../system/idle-monitor.ts';
import type { LinuxDesktop } from '../system/linux-desktop.ts';
import type { Logger } from './logger.ts';
import type { Notices } from '../system/notices.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import type { TimerDriver } from '../breaks/timer-driver.ts';
import type { RunCommand } from '../system/busy/run-command.ts';
import type { TrayMenu } from '../system/tray-menu.ts';
import type { WindowRegistry } from '../windows/window-registry.ts';

/** How to start Tend (everything but buildDir has a default; tests and the bench set the rest). */
export interface StartOptions {
  /** The build output folder (out/), holding main/, preload/ and renderer/. */
  buildDir: string;
  /** Makes the break controller: the engine (engine-controller.ts) by default; tests pass a stand-in. */
  controller?: (deps: ControllerDeps) => BreakController;
  /** The user's IANA time zone and locale (the system's by default; tests pin them). */
  timeZone?: string;
  locale?: string;
  argv?: readonly string[];
  /** Started as `electron [switches] <app path>` (process.defaultApp): the user's arguments follow the app path. */
  defaultApp?: boolean;
  platform?: string;
  env?: Record<string, string | undefined>;
  homeDir?: string;
  now?: () => number;
  rng?: () => number;
  /** Runs the OS's own commands for the busy readers (gsettings, reg…); tests pass their own. */
  runCommand?: RunCommand;
  /** Where the process table is for the camera check ('/proc' by default; null: none to read). */
  procRoot?: string | null;
  /** Also log to the console (default: when not packaged). */
  logToConsole?: boolean;
  /** Where command-line messages go (stderr by default). */
  print?: (line: string) => void;
  /** Called once everything is wired (tests and the bench use the handles). */
  onReady?: (tend: TendRuntime) => void;
}

/** Handles on the running app, for tests and the bench. */
export interface TendRuntime {
  controller: BreakController;
  /** Hands the engine an input (the controller's send). */
  input(input: EngineInput): void;
  run(command: TendCommand): void;
  /** What the tray's status line says now. */
  status(): TrayStatus;
  localTime: LocalTime;
  store: SettingsStore;
  settings: SettingsService;
  /** The gentle history (history.json beside config.json). */
  history: HistoryService;
  tray: TrayMenu;
  timer: TimerDriver<'tick' | 'idle'>;
  idle: IdleMonitor;
  /** Linux: the D-Bus desktop adapter as it loads (null inside: no session bus); null elsewhere. */
  desktop: Promise<LinuxDesktop | null> | null;
  shortcut: GroundingShortcut;
  notices: Notices;
  logger: Logger;
  windows: { registry: WindowRegistry; break: BreakWindow; grounding: GroundingWindow; settings: AppWindow; welcome: AppWindow; home: AppWindow };
  /** Milliseconds from app ready to the tray being built. */
  trayReadyMs: number;
}
