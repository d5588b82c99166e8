/**
 * Every Tend window is made here: the secure webPreferences, registration for the IPC sender check,
 * loading its route, and what happens when its page dies or hangs (the window is destroyed and the owner
 * told, so the next break still works and no blank window is left behind).
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { WindowRole } from '../../core/window-roles.ts';
import type { BuildPaths } from '../app/build-paths.ts';
import { loadRoute } from './load-route.ts';
import type { Logger } from '../app/logger.ts';
import type { WindowRegistry } from './window-registry.ts';

/**
 * What Tend's small floating windows (break and grounding) share: frameless, fixed size, on top, off the
 * taskbar, and hidden until ready-to-show so no blank frame ever flashes.
 */
export const floatingWindowOptions = {
  show: false,
  frame: false,
  resizable: false,
  minimizable: false,
  maximizable: false,
  fullscreenable: false,
  alwaysOnTop: true,
  skipTaskbar: true,
  title: 'Tend',
  backgroundColor: '#00000000',
} as const satisfies Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/** How long a page may stay unresponsive before its window is closed. */
export const UNRESPONSIVE_GRACE_MS = 15_000;

/** What every window adapter needs. */
export interface TendWindowDeps {
  paths: BuildPaths;
  registry: WindowRegistry;
  logger: Logger;
}

/** Why a window went away without its owner closing it. */
export type GoneReason = 'crashed' | 'unresponsive' | 'load-failed' | 'closed';

/** Creates a `role` window with `options` (webPreferences are always Tend's own) and loads its route. */
export function createTendWindow(
  role: WindowRole,
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  deps: TendWindowDeps,
  onFault: (reason: Exclude<GoneReason, 'closed'>) => void,
): BrowserWindow {
  const { logger } = deps;
  // The security checklist, written inline so static auditors (Electronegativity) can read it.
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      preload: deps.paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click must not open links in new windows (window.open is denied too).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  deps.registry.add(win, role);
  let hangTimer: ReturnType<typeof setTimeout> | null = null;
  const stopHangTimer = (): void => {
    if (hangTimer !== null) clearTimeout(hangTimer);
    hangTimer = null;
  };
  const fault = (reason: Exclude<GoneReason, 'closed'>): void => {
    stopHangTimer();
    if (win.isDestroyed()) return;
    onFault(reason);
    win.destroy();
  };

  win.webContents.on('render-process-gone', (_event, details) => {
    logger.warn(`${role} window: renderer gone (${details.reason})`);
    fault('crashed');
  });
  win.on('unresponsive', () => {
    logger.warn(`${role} window: unresponsive`);
    stopHangTimer();
    hangTimer = setTimeout(() => fault('unresponsive'), UNRESPONSIVE_GRACE_MS);
  });
  win.on('responsive', stopHangTimer);
  win.once('closed', stopHangTimer);

  loadRoute(win, deps.paths, role).catch((error: unknown) => {
    logger.error(`${role} window: could not load`, error);
    fault('load-failed');
  });
  return win;
}
