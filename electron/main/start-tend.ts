/** Composition root: connects Electron's app lifecycle to Tend's adapters. No business rules here. */
import { app, session, type IpcMainInvokeEvent } from 'electron';
import { BreakWindow } from './break-window.ts';
import { buildPaths } from './build-paths.ts';
import { denyAllPermissions, hardenWebContents } from './harden-web-contents.ts';
import { registerIpcHandlers } from './ipc-handlers.ts';
import { createTray } from './tray-menu.ts';

export interface StartOptions {
  /** The build output folder (out/), holding main/, preload/ and renderer/. */
  buildDir: string;
}

/** Starts Tend in this process, or hands over to the running instance and quits. */
export function startTend(options: StartOptions): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const paths = buildPaths(options.buildDir);
  const breakWindow = new BreakWindow(paths);
  hardenWebContents(app);

  // A tray app keeps running with no windows open.
  app.on('window-all-closed', () => {});
  app.on('second-instance', () => breakWindow.open());

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    const isKnownSender = (event: IpcMainInvokeEvent): boolean =>
      breakWindow.current()?.webContents.id === event.sender.id;
    registerIpcHandlers(
      {
        'app:info': () => ({ name: app.getName(), version: app.getVersion() }),
        'break:end': () => {
          breakWindow.close();
          return null;
        },
      },
      isKnownSender,
    );
    createTray(paths.resources, {
      takeBreakNow: () => breakWindow.open(),
      openSettings: () => breakWindow.open(),
      quit: () => app.quit(),
    });
  });
}
