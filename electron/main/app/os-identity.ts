/** Tells the OS who Tend is, before the app is ready (app-identity.ts has the names and their reasons). */
import type { App } from 'electron';
import { APP_ID, DESKTOP_FILE_NAME } from '../../core/app-identity.ts';

/**
 * Windows: the AppUserModelID, without which toasts are silently dropped (docs/tutorial/notifications.md).
 * Linux: the .desktop name (must be set before ready: electron.d.ts app.setDesktopName); package.json's
 * desktopName says the same for Electron's own start-up.
 */
export function claimOsIdentity(app: Pick<App, 'setAppUserModelId' | 'setDesktopName'>, platform: string): void {
  if (platform === 'win32') app.setAppUserModelId(APP_ID);
  if (platform === 'linux') app.setDesktopName(DESKTOP_FILE_NAME);
}
