/**
 * A fake `electron` module for main-process tests. The real main code imports it in place of Electron
 * (vitest alias), so a test can start Tend, move fake time, set idle time, emit power events, click tray
 * menu items and see which windows exist, exactly as a user would. It plays one platform profile at a
 * time (profiles.ts; resetFakeState / launchTend({ profile })): which APIs exist comes from Electron's
 * typings (platform-table.ts), and how each platform really behaves is written, with its source, next to
 * the code that models it. This file only wires the parts together.
 */
import { app } from './app.ts';
import { contextBridge, FakeIpcMain, FakeIpcRenderer } from './ipc.ts';
import { FakeMenu } from './menu.ts';
import { Notification } from './notifications.ts';
import { FakePowerMonitor } from './power.ts';
import { protocol, session } from './protocol.ts';
import { FakeScreen } from './screen.ts';
import { dialog, shell } from './shell-dialog.ts';
import { globalShortcut } from './shortcuts.ts';
import { FakeNativeTheme } from './theme.ts';
import { FakeTray, nativeImage } from './tray.ts';
import { FakeBrowserWindow } from './windows.ts';

export { app } from './app.ts';
export { contextBridge } from './ipc.ts';
export type { FakeMenuItem } from './menu.ts';
export { FakeMenu } from './menu.ts';
export { Notification } from './notifications.ts';
export { failNextLoad } from './page-load.ts';
export { available, onWayland, profile, profileForPlatform, profiles, profileSpecs, type ProfileName, type ProfileSpec } from './profiles.ts';
export { protocol, session } from './protocol.ts';
export { dialog, shell } from './shell-dialog.ts';
export { globalShortcut } from './shortcuts.ts';
export { fakeState, resetFakeState, type FakeDisplay, type LoadFailure } from './state.ts';
export { FakeNativeImage, FakeTray, nativeImage, trayPanelIsDark } from './tray.ts';
export { FakeWebContents, FakeWebFrameMain, type FakeResponse } from './web-contents.ts';
export { FakeBrowserWindow, type FakeWindowOptions } from './windows.ts';

export const BrowserWindow = FakeBrowserWindow;
export const Tray = FakeTray;
export const Menu = FakeMenu;
export const ipcMain = new FakeIpcMain();
export const ipcRenderer = new FakeIpcRenderer();
export const screen = new FakeScreen();
export const powerMonitor = new FakePowerMonitor();
export const nativeTheme = new FakeNativeTheme();

const electron = {
  app,
  BrowserWindow,
  Tray,
  Menu,
  nativeImage,
  ipcMain,
  ipcRenderer,
  screen,
  powerMonitor,
  globalShortcut,
  protocol,
  session,
  shell,
  Notification,
  dialog,
  contextBridge,
  nativeTheme,
};
export default electron;
