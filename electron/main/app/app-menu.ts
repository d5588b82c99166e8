/**
 * Tend's own application menu. Without one, Electron installs its default menu, which gives every
 * window Reload, Toggle Developer Tools, zoom and Quit accelerators on Windows and Linux
 * (lib/browser/default-menu.ts). Tend's windows need none of that: on Windows and Linux there is no
 * menu at all; on macOS the app menu (About, Hide, Quit) and Edit, so copy and paste work in the
 * settings fields. Developer items (View: reload, DevTools) only in an unpackaged build on macOS.
 */
import type { MenuItemConstructorOptions } from 'electron';

/** The menu template for `platform`, or null for no menu at all. */
function applicationMenuTemplate(platform: string, packaged: boolean): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null;
  return [{ role: 'appMenu' }, { role: 'editMenu' }, ...(packaged ? [] : [{ role: 'viewMenu' } as const])];
}

/** Installs Tend's application menu in place of Electron's default one. */
export function installApplicationMenu(
  menu: { setApplicationMenu(menu: Electron.Menu | null): void; buildFromTemplate(template: MenuItemConstructorOptions[]): Electron.Menu },
  platform: string,
  packaged: boolean,
): void {
  const template = applicationMenuTemplate(platform, packaged);
  menu.setApplicationMenu(template ? menu.buildFromTemplate(template) : null);
}
