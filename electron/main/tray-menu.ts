/** The tray icon and its menu. Rebuilt only when the menu's content changes. */
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import { t } from '../core/i18n/t.ts';

export interface TrayActions {
  takeBreakNow(): void;
  openSettings(): void;
  quit(): void;
}

/** Creates the tray icon with Tend's menu; returns the Tray. */
export function createTray(resourcesDir: string, actions: TrayActions, platform = process.platform): Tray {
  const iconName = platform === 'darwin' ? 'trayTemplate.png' : 'tray-light.png';
  const icon = nativeImage.createFromPath(join(resourcesDir, 'tray', iconName));
  const tray = new Tray(icon);
  tray.setToolTip(t('tray.tooltip'));
  const template: MenuItemConstructorOptions[] = [
    { id: 'take-break-now', label: t('tray.take-break-now'), click: () => actions.takeBreakNow() },
    { type: 'separator' },
    { id: 'settings', label: t('tray.settings'), click: () => actions.openSettings() },
    { id: 'quit', label: t('tray.quit'), click: () => actions.quit() },
  ];
  tray.setContextMenu(Menu.buildFromTemplate(template));
  return tray;
}
