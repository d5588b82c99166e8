/**
 * Composition root: creates every adapter and connects them; no business rules here. The break engine
 * (engine-controller.ts) sits behind the BreakController seam (break-controller.ts); tests may pass
 * another controller through `options.controller`.
 */
import { app, globalShortcut, nativeTheme, powerMonitor, session as electronSession, shell } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { commandLineUsage, parseCommandLine } from '../core/command-line.ts';
import { t } from '../core/i18n/t.ts';
import type { LocalTime } from '../core/engine/index.ts';
import type { TendCommand } from '../core/tend-command.ts';
import type { TrayMenuInput } from '../core/tray-menu-model.ts';
import { AppWindow } from './app-window.ts';
import type { BreakController, BreakControllerFactory, BreakInput, BreakStatus } from './break-controller.ts';
import { BreakWindow } from './break-window.ts';
import { buildPaths } from './build-paths.ts';
import { secondInstanceArgs, userArgs, type Handover } from './command-line-input.ts';
import { createGroundingShortcut, type GroundingShortcut } from './global-shortcut.ts';
import { GroundingWindow } from './grounding-window.ts';
import { denyAllPermissions, hardenWebContents } from './harden-web-contents.ts';
import type { IdleMonitor, RunCommand } from './idle-monitor.ts';
import { createSenderCheck } from './ipc-access.ts';
import { registerIpcHandlers } from './ipc-handlers.ts';
import { createIpcRoutes } from './ipc-routes.ts';
import { createFileLogger, type Logger } from './logger.ts';
import { createLoginItem } from './login-item.ts';
import { createNotices, type Notices } from './notices.ts';
import { createLinkOpener } from './open-link.ts';
import { sendEvent } from './send-event.ts';
import { createSettingsService, type SettingsService } from './settings-service.ts';
import { readSettingsStore, type SettingsStore } from './settings-store.ts';
import { createTendCommands } from './tend-commands.ts';
import { systemLocalTime } from './system-local-time.ts';
import type { TimerDriver } from './timer-driver.ts';
import { createTrayMenu, type TrayMenu } from './tray-menu.ts';
import { WindowRegistry } from './window-registry.ts';
import { wireBreaks } from './wire-breaks.ts';

export interface StartOptions {
  /** The build output folder (out/), holding main/, preload/ and renderer/. */
  buildDir: string;
  /** The break controller (see break-controller.ts); the engine by default. */
  controller?: BreakControllerFactory;
  /** The user's IANA time zone and locale (the system's by default; tests pin them). */
  timeZone?: string;
  locale?: string;
  argv?: readonly string[];
  /** Started as `electron <app path>` (process.defaultApp), so the user's arguments start one later. */
  defaultApp?: boolean;
  platform?: string;
  env?: Record<string, string | undefined>;
  homeDir?: string;
  now?: () => number;
  rng?: () => number;
  /** Runs gdbus for the Wayland idle fallback (tests inject one). */
  idleCommand?: RunCommand;
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
  input(input: BreakInput): void;
  run(command: TendCommand): void;
  /** What the tray's status line says now. */
  status(): BreakStatus;
  localTime: LocalTime;
  store: SettingsStore;
  settings: SettingsService;
  tray: TrayMenu;
  timer: TimerDriver<'tick' | 'idle'>;
  idle: IdleMonitor;
  shortcut: GroundingShortcut;
  notices: Notices;
  logger: Logger;
  windows: { registry: WindowRegistry; break: BreakWindow; grounding: GroundingWindow; settings: AppWindow; welcome: AppWindow };
  /** Milliseconds from app ready to the tray being built. */
  trayReadyMs: number;
}

/** Starts Tend in this process, or hands its arguments to the running instance and quits. */
export function startTend(options: StartOptions): void {
  // Electron's types say boolean, but the flag is absent (undefined) in a packaged app.
  const defaultAppFlag: unknown = Reflect.get(process, 'defaultApp');
  const defaultApp = options.defaultApp ?? defaultAppFlag === true;
  const print = options.print ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const args = userArgs(options.argv ?? process.argv, defaultApp);
  const parsed = parseCommandLine(args);
  for (const problem of parsed.problems) print(problem);
  if (parsed.help || parsed.problems.length > 0) print(commandLineUsage());
  if (parsed.help) {
    app.quit();
    return;
  }
  if (!app.requestSingleInstanceLock({ tendArgs: args } satisfies Handover)) {
    app.quit();
    return;
  }
  hardenWebContents(app);
  // A tray app keeps running with no windows open.
  app.on('window-all-closed', () => {});

  let runtime: TendRuntime | null = null;
  const pending: TendCommand[] = [...parsed.commands];
  app.on('second-instance', (_event, argv, _cwd, additionalData) => {
    const next = parseCommandLine(secondInstanceArgs(argv, additionalData, defaultApp));
    for (const problem of next.problems) runtime?.logger.warn(`command line: ${problem}`);
    if (runtime) for (const command of next.commands) runtime.run(command);
    else pending.push(...next.commands);
  });

  void app.whenReady().then(() => {
    runtime = wire(options, defaultApp);
    for (const command of pending.splice(0)) runtime.run(command);
    options.onReady?.(runtime);
  });
}

/** Creates the adapters and connects them (after app ready). */
function wire(options: StartOptions, defaultApp: boolean): TendRuntime {
  const readyAt = performance.now();
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const now = options.now ?? Date.now;
  denyAllPermissions(electronSession.defaultSession);

  const userData = app.getPath('userData');
  const logger = createFileLogger({ dir: join(userData, 'logs'), console: options.logToConsole ?? !app.isPackaged });
  const paths = buildPaths(options.buildDir, env);
  const registry = new WindowRegistry();
  const windowDeps = { paths, registry, logger };
  const localTime = systemLocalTime({ logger, ...(options.timeZone ? { timeZone: options.timeZone } : {}), ...(options.locale ? { locale: options.locale } : {}) });

  // The controller is made once its effects' adapters exist; inputs before that are dropped.
  let controller: BreakController | null = null;
  const input = (event: BreakInput): void => {
    try {
      controller?.handle(event);
    } catch (error) {
      logger.error(`controller: ${event.type} failed`, error);
    }
  };

  const settingsWindow = new AppWindow({ ...windowDeps, role: 'settings', width: 720, height: 640 });
  const welcomeWindow = new AppWindow({ ...windowDeps, role: 'welcome', width: 560, height: 480 });
  const notices = createNotices({ logger, onClick: () => settingsWindow.open() });
  const store = readSettingsStore({ dir: userData, now, logger, notify: (n) => notices.tell(n.kind, n.message) });
  nativeTheme.themeSource = store.get().theme;

  const breakWindow = new BreakWindow({ ...windowDeps, platform, onGone: (reason) => input({ type: 'windowGone', window: 'break', reason }) });
  const groundingWindow = new GroundingWindow({
    ...windowDeps,
    platform,
    onGone: (reason) => input({ type: 'windowGone', window: 'grounding', reason }),
  });

  const shortcut = createGroundingShortcut({ globalShortcut, platform, logger, onPress: () => input({ type: 'takeBreakNow', kind: 'grounding' }) });
  const shortcutStatus = shortcut.apply(store.get().shortcut);
  if (shortcutStatus.state === 'taken') notices.tell('shortcut-taken', t('notice.shortcut-taken', { shortcut: shortcutStatus.label }));
  if (shortcutStatus.state === 'invalid') notices.tell('shortcut-invalid', t('notice.shortcut-invalid', { shortcut: shortcutStatus.label }));

  const loginItem = createLoginItem({
    platform,
    app,
    env,
    homeDir: options.homeDir ?? homedir(),
    execPath: process.execPath,
    args: defaultApp ? [app.getAppPath()] : [],
    logger,
  });
  const settings = createSettingsService({ store, shortcut, loginItem, notices, logger });

  // The engine starts before the tray, so the tray's first menu already says when the next break is.
  let status: BreakStatus = { text: '', paused: false };
  let tray: TrayMenu | null = null;
  const trayInput = (): TrayMenuInput => ({ status: status.text, paused: status.paused, shortcut: shortcut.status(), notices: notices.undelivered() });
  const breaks = wireBreaks({
    powerMonitor,
    platform,
    env,
    ...(options.idleCommand ? { idleCommand: options.idleCommand } : {}),
    now,
    rng: options.rng ?? Math.random,
    localTime,
    logger,
    store,
    settings,
    breakWindow,
    groundingWindow,
    input,
    setStatus: (next) => {
      status = next;
      tray?.update(trayInput());
    },
    ...(options.controller ? { controller: options.controller } : {}),
  });
  controller = breaks.controller;

  const run = createTendCommands({ input, openSettings: () => settingsWindow.open(), quit: () => app.quit() });
  const trayMenu = createTrayMenu({ resourcesDir: paths.resources, platform, nativeTheme, onCommand: run, initial: trayInput() });
  tray = trayMenu;
  const trayReadyMs = performance.now() - readyAt;
  notices.onChange(() => trayMenu.update(trayInput()));
  // The tray is up: now open the settings file for writing (electron-store compiles its schema).
  store.open();

  store.onChange((next, previous) => {
    input({ type: 'settingsChanged', settings: next });
    if (next.theme !== previous.theme) nativeTheme.themeSource = next.theme;
    trayMenu.update(trayInput());
    const snapshot = settings.snapshot();
    for (const win of registry.windows('settings', 'welcome')) sendEvent(win, 'settings:changed', snapshot);
  });

  registerIpcHandlers(
    createIpcRoutes({
      appInfo: { name: app.getName(), version: app.getVersion(), platform },
      registry,
      breakWindow,
      groundingWindow,
      session: breaks.session,
      settings,
      controller: () => ({ handle: input }),
      openLink: createLinkOpener(shell, logger),
    }),
    createSenderCheck(registry, paths),
    (channel, error) => logger.error(`ipc: ${channel} failed`, error),
  );

  app.on('will-quit', () => {
    shortcut.dispose();
    breaks.stop();
    store.flush();
  });

  // First run: say hello once. A damaged or unreadable file means Tend ran here before, so no welcome.
  const fresh = ['fresh', 'loaded', 'migrated'].includes(store.outcome.kind);
  if (!store.get().firstRunDone && fresh) {
    welcomeWindow.open();
    settings.update({ firstRunDone: true });
  }
  logger.info(`tray ready in ${trayReadyMs.toFixed(1)} ms`);

  return {
    controller: breaks.controller,
    input,
    run,
    status: () => status,
    localTime,
    store,
    settings,
    tray: trayMenu,
    timer: breaks.timer,
    idle: breaks.idle,
    shortcut,
    notices,
    logger,
    windows: { registry, break: breakWindow, grounding: groundingWindow, settings: settingsWindow, welcome: welcomeWindow },
    trayReadyMs,
  };
}
