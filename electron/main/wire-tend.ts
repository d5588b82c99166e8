/**
 * Wiring Tend once the app is ready: every adapter created and connected, the break side through
 * wire-breaks.ts. No business rules here.
 */
import { app, globalShortcut, Menu, nativeTheme, powerMonitor, protocol, session as electronSession, shell } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { t } from '../core/i18n/t.ts';
import type { TrayMenuInput } from '../core/tray-menu-model.ts';
import { installApplicationMenu } from './app-menu.ts';
import { AppWindow } from './app-window.ts';
import type { BreakController, BreakInput, BreakStatus } from './break-controller.ts';
import { BreakWindow } from './break-window.ts';
import { buildPaths } from './build-paths.ts';
import { desktopSession } from './desktop-session.ts';
import { createGroundingShortcut } from './global-shortcut.ts';
import { GroundingWindow } from './grounding-window.ts';
import { denyAllPermissions } from './harden-web-contents.ts';
import { createSenderCheck } from './ipc-access.ts';
import { registerIpcHandlers } from './ipc-handlers.ts';
import { createIpcRoutes } from './ipc-routes.ts';
import { createFileLogger } from './logger.ts';
import { createLoginItem } from './login-item.ts';
import { createNotices } from './notices.ts';
import { createLinkOpener } from './open-link.ts';
import { sendEvent } from './send-event.ts';
import { createSettingsService } from './settings-service.ts';
import { createRendererHandler } from './renderer-scheme/serve-renderer.ts';
import { serveRendererScheme } from './renderer-scheme/register-scheme.ts';
import { readSettingsStore } from './settings-store.ts';
import { coalesceSettingsWrites } from './settings-write-coalescer.ts';
import { systemLocalTime } from './system-local-time.ts';
import { createTendCommands } from './tend-commands.ts';
import type { StartOptions, TendRuntime } from './tend-runtime.ts';
import { createTrayMenu, type TrayMenu } from './tray-menu.ts';
import { WindowRegistry } from './window-registry.ts';
import { wireBreaks } from './wire-breaks.ts';

/** Creates the adapters and connects them (after app ready). */
export function wireTend(options: StartOptions, defaultApp: boolean): TendRuntime {
  const readyAt = performance.now();
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const now = options.now ?? Date.now;
  denyAllPermissions(electronSession.defaultSession);

  const userData = app.getPath('userData');
  const logger = createFileLogger({ dir: join(userData, 'logs'), console: options.logToConsole ?? !app.isPackaged });
  const paths = buildPaths(options.buildDir, env);
  installApplicationMenu(Menu, platform, app.isPackaged);
  serveRendererScheme(protocol, createRendererHandler({ root: paths.rendererDir, warn: (message) => logger.warn(message) }));
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
  // Settings lists every notice, so opening it is when the tray's notice lines have been seen.
  const notices = createNotices({ logger, onClick: () => openSettings() });
  const openSettings = (): void => {
    settingsWindow.open();
    notices.acknowledge();
  };
  // The switches on the command line too: --ozone-platform=x11 puts Tend under XWayland.
  const desktop = desktopSession(platform, env, options.argv ?? process.argv);
  // Changes apply in memory at once; the file is written at most every half second and at quit.
  const store = coalesceSettingsWrites(readSettingsStore({ dir: userData, now, logger, notify: (n) => notices.tell(n.kind, n.message) }), { now });
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
  const settings = createSettingsService({ store, shortcut, loginItem, notices, logger, now, localTime });

  // The engine starts before the tray, so the tray's first menu already says when the next break is.
  let status: BreakStatus = { text: '', paused: false };
  let tray: TrayMenu | null = null;
  const trayInput = (): TrayMenuInput => ({
    status: status.text,
    paused: status.paused,
    shortcut: shortcut.status(),
    notices: notices.pending(),
    offerWaiting: breaks.invitation?.standing() ?? false,
  });
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
    offerAsInvitation: desktop.wayland,
  });
  controller = breaks.controller;

  const run = createTendCommands({ input, openSettings, openOffer: () => breaks.invitation?.accept(), quit: () => app.quit() });
  const trayMenu = createTrayMenu({
    resourcesDir: paths.resources,
    platform,
    nativeTheme,
    panelAlwaysDark: desktop.gnome,
    onCommand: run,
    initial: trayInput(),
  });
  tray = trayMenu;
  const trayReadyMs = performance.now() - readyAt;
  notices.onChange(() => trayMenu.update(trayInput()));
  breaks.invitation?.onChange(() => trayMenu.update(trayInput()));
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
      now,
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
