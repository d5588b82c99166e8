/**
 * Wiring Tend once the app is ready: every adapter created and connected, the break side through
 * wire-breaks.ts. No business rules here. Built in one direction: the engine is made first (from the
 * settings), the adapters send to it, and once the tray is up it is started with the presenter.
 */
import { app, globalShortcut, Menu, nativeTheme, powerMonitor, protocol, session as electronSession, shell } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { t } from '../../core/i18n/t.ts';
import { welcomesOnStart } from '../../core/settings/first-run.ts';
import type { TrayMenuInput } from '../../core/tray-menu-model.ts';
import { installApplicationMenu } from './app-menu.ts';
import { AppWindow } from '../windows/app-window.ts';
import { BreakWindow } from '../windows/break-window.ts';
import { buildPaths } from './build-paths.ts';
import { desktopSession } from '../system/desktop-session.ts';
import { createEngineController } from '../breaks/engine-controller.ts';
import { engineSettingsOf } from '../breaks/engine-settings-of.ts';
import { createGroundingShortcut } from '../system/global-shortcut.ts';
import { GroundingWindow } from '../windows/grounding-window.ts';
import { denyAllPermissions } from '../windows/harden-web-contents.ts';
import { createSenderCheck } from '../ipc/ipc-access.ts';
import { registerIpcHandlers } from '../ipc/ipc-handlers.ts';
import { createIpcRoutes } from '../ipc/ipc-routes.ts';
import { createFileLogger } from './logger.ts';
import { createLoginItem } from '../system/login-item.ts';
import { createNotices } from '../system/notices.ts';
import { createLinkOpener } from '../system/open-link.ts';
import { sendEvent } from '../ipc/send-event.ts';
import { createSettingsService } from '../settings/settings-service.ts';
import { createRendererHandler } from '../renderer-scheme/serve-renderer.ts';
import { serveRendererScheme } from '../renderer-scheme/register-scheme.ts';
import { readSettingsStore } from '../settings/settings-store.ts';
import { coalesceSettingsWrites } from '../settings/settings-write-coalescer.ts';
import { systemLocalTime } from '../breaks/system-local-time.ts';
import { createTendCommands } from './tend-commands.ts';
import type { StartOptions, TendRuntime } from './tend-runtime.ts';
import { createTrayMenu } from '../system/tray-menu.ts';
import { createHistoryService } from '../history/history-service.ts';
import { WindowRegistry } from '../windows/window-registry.ts';
import { windowRoles } from '../../core/window-roles.ts';
import { setRegionalLocale } from '../../core/i18n/t.ts';
import { applyLocale, localeForSetting, mainLocale } from './app-language.ts';
import type { BreakView } from '../../core/ipc-contract.ts';
import { createBusyCheck } from '../system/busy/busy-check.ts';
import { busyReadersFor } from '../system/busy/busy-readers.ts';
import { runCommand } from '../system/busy/run-command.ts';
import type { DbusConnection } from '../system/dbus/dbus-connection.ts';
import { wireBreaks } from '../breaks/wire-breaks.ts';

/** Creates the adapters and connects them (after app ready). */
export function wireTend(options: StartOptions, defaultApp: boolean): TendRuntime & { reopen(): void } {
  const readyAt = performance.now();
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const now = options.now ?? Date.now;
  denyAllPermissions(electronSession.defaultSession);

  const userData = app.getPath('userData');
  const logger = createFileLogger({ dir: join(userData, 'logs'), console: options.logToConsole ?? !app.isPackaged });
  const paths = buildPaths(options.buildDir, env);
  installApplicationMenu(Menu, platform, app.isPackaged);
  // The break window's page carries its first view (first-view-page.ts); the window is made below.
  const firstView = (): BreakView | null => breakWindow.view();
  serveRendererScheme(protocol, createRendererHandler({ root: paths.rendererDir, warn: (message) => logger.warn(message), firstView, language: mainLocale }));
  const registry = new WindowRegistry();
  const windowDeps = { paths, registry, logger };
  // Dates and times keep the system's regional format where it is in Tend's language (formattingLocale).
  setRegionalLocale(options.locale ?? new Intl.DateTimeFormat().resolvedOptions().locale);
  const localTime = systemLocalTime({ logger, ...(options.timeZone ? { timeZone: options.timeZone } : {}), ...(options.locale ? { locale: options.locale } : {}) });

  const settingsWindow = new AppWindow({ ...windowDeps, role: 'settings', width: 720, height: 640 });
  const welcomeWindow = new AppWindow({ ...windowDeps, role: 'welcome', width: 560, height: 480 });
  const homeWindow = new AppWindow({ ...windowDeps, role: 'home', width: 420, height: 460 });
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
  const preferredLanguages = (): readonly string[] => app.getPreferredSystemLanguages();
  applyLocale(localeForSetting(store.get().language, preferredLanguages));

  // The engine first: every adapter below sends to it. Its effects wait until it is started.
  const engine = (options.controller ?? createEngineController)({ settings: engineSettingsOf(store.get()), now, localTime, logger });
  const { send } = engine;
  const breakWindow = new BreakWindow({ ...windowDeps, platform, onGone: () => send({ type: 'windowGone', window: 'break' }) });
  const groundingWindow = new GroundingWindow({ ...windowDeps, platform, onGone: () => send({ type: 'windowGone', window: 'grounding' }) });

  const shortcut = createGroundingShortcut({ globalShortcut, platform, logger, onPress: () => send({ type: 'takeBreakNow', kind: 'grounding' }) });
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
  // Read the first time a break ends or Settings asks; written only when a break ends (history-service.ts).
  const history = createHistoryService({ dir: userData, now, localTime, setting: () => store.get().history, logger, notify: (n) => notices.tell(n.kind, n.message) });

  // Linux: KDE's Do Not Disturb is read over the desktop adapter's session connection, once it is up.
  let sessionBus: Pick<DbusConnection, 'getProperty'> | null = null;
  const busy = createBusyCheck({
    readers: busyReadersFor({
      platform,
      env,
      wayland: desktop.wayland,
      run: options.runCommand ?? runCommand,
      procRoot: options.procRoot === undefined ? '/proc' : options.procRoot,
      pid: process.pid,
      bus: () => sessionBus,
    }),
    enabled: () => store.get().dontInterrupt,
    now,
    logger,
  });
  const breaks = wireBreaks({
    busy,
    powerMonitor,
    platform,
    env,
    now,
    rng: options.rng ?? Math.random,
    localTime,
    logger,
    store,
    settings,
    breakWindow,
    groundingWindow,
    send,
    offerAsInvitation: desktop.wayland,
    history,
  });

  // The engine's first step is done, so the tray's first menu already says when the next break is.
  const trayInput = (): TrayMenuInput => {
    const status = engine.trayStatus();
    return {
      status: status.text,
      paused: status.paused,
      shortcut: shortcut.status(),
      notices: notices.pending(),
      offerWaiting: breaks.invitation?.standing() ?? false,
    };
  };
  const run = createTendCommands({ send, openSettings, openOffer: () => breaks.invitation?.accept(), quit: () => app.quit() });
  const trayMenu = createTrayMenu({
    resourcesDir: paths.resources,
    platform,
    nativeTheme,
    panelAlwaysDark: desktop.gnome,
    onCommand: run,
    initial: trayInput(),
  });
  engine.start({ perform: breaks.perform, statusChanged: () => trayMenu.update(trayInput()) });
  const trayReadyMs = performance.now() - readyAt;
  notices.onChange(() => trayMenu.update(trayInput()));
  breaks.invitation?.onChange(() => trayMenu.update(trayInput()));
  // The tray is up: now open the settings file for writing (electron-store compiles its schema).
  store.open();
  // Linux: screen lock and pushed idle over D-Bus, loaded only now (dbus-native takes ~40 ms to load).
  const linuxDesktop = platform === 'linux' ? import('../system/linux-desktop.ts').then((m) => m.startLinuxDesktop({ env, pid: process.pid, now, logger, send, idle: breaks.idle, store })) : null;
  void linuxDesktop?.then(
    (adapter) => (sessionBus = adapter?.session ?? null),
    (error: unknown) => logger.warn('desktop: the D-Bus adapter failed; idle is sampled', error),
  );
  // Only Linux can lack a tray host; there the adapter's session connection asks (null: cannot say).
  const hasTrayHost = async (): Promise<boolean | null> =>
    linuxDesktop ? ((await linuxDesktop.catch(() => null))?.hasTrayHost() ?? null) : true;

  store.onChange((next, previous) => {
    send({ type: 'settingsChanged', settings: engineSettingsOf(next) });
    if (next.theme !== previous.theme) nativeTheme.themeSource = next.theme;
    // A new language applies at once: the tray menu below, and every open window (issue #20).
    if (next.language !== previous.language && applyLocale(localeForSetting(next.language, preferredLanguages))) {
      for (const win of registry.windows(...windowRoles)) sendEvent(win, 'app:language', { locale: mainLocale() });
    }
    trayMenu.update(trayInput());
    const snapshot = settings.snapshot();
    for (const win of registry.windows('settings', 'welcome')) sendEvent(win, 'settings:changed', snapshot);
  });

  registerIpcHandlers(
    createIpcRoutes({
      appInfo: { name: app.getName(), version: app.getVersion(), platform },
      trayHidden: async () => (await hasTrayHost()) === false,
      run,
      registry,
      breakWindow,
      groundingWindow,
      session: breaks.session,
      settings,
      history,
      send,
      openLink: createLinkOpener(shell, logger),
      busyStatus: () => busy.status(),
      now,
    }),
    createSenderCheck(registry, paths),
    (channel, error) => logger.error(`ipc: ${channel} failed`, error),
  );

  app.on('will-quit', () => {
    shortcut.dispose();
    breaks.stop();
    void linuxDesktop?.then((desktop) => desktop?.stop(), () => undefined);
    store.flush();
    history.flush();
  });

  // First run: say hello once.
  if (welcomesOnStart(store.outcome, store.get().firstRunDone)) {
    welcomeWindow.open();
    settings.update({ firstRunDone: true });
  }
  logger.info(`tray ready in ${trayReadyMs.toFixed(1)} ms`);

  return {
    controller: engine,
    input: send,
    run,
    // Started again with nothing to do: where no tray shows, the home window stands in for its menu.
    reopen: () => void hasTrayHost().then((has) => (has === false ? homeWindow.open() : openSettings())),
    status: () => engine.trayStatus(),
    localTime,
    store,
    settings,
    history,
    tray: trayMenu,
    timer: breaks.timer,
    idle: breaks.idle,
    desktop: linuxDesktop,
    shortcut,
    notices,
    logger,
    windows: { registry, break: breakWindow, grounding: groundingWindow, settings: settingsWindow, welcome: welcomeWindow, home: homeWindow },
    trayReadyMs,
  };
}
