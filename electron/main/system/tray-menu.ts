/**
 * The tray icon and its menu, drawn from the pure menu model. The native menu is rebuilt only when the
 * model changes (status text, paused, shortcut, notices), not on every update. The icon contrasts with
 * the panel it sits on, whatever Tend's own theme: a template image on macOS (the menu bar tints it);
 * on Windows the taskbar's own theme (nativeTheme.shouldUseDarkColorsForSystemIntegratedUI, which
 * can be dark while apps are light: Windows 10's default); the light glyph on GNOME, whose top bar is
 * dark in both styles (gnome-shell _panel.scss); elsewhere the system theme. It is redrawn on
 * nativeTheme 'updated'.
 */
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage, type NativeTheme } from 'electron';
import { join } from 'node:path';
import { t } from '../../core/i18n/t.ts';
import type { TendCommand } from '../../core/tend-command.ts';
import { sameTrayMenu, trayMenuModel, type TrayMenuInput, type TrayMenuItem } from '../../core/tray-menu-model.ts';

/** The tray as the rest of main sees it. */
export interface TrayMenu {
  /** Shows `input`; the native menu is rebuilt only if what it shows changed. */
  update(input: TrayMenuInput): void;
  /** How many times the native menu was built (for tests and the bench). */
  menuBuilds(): number;
  destroy(): void;
}

interface TrayMenuOptions {
  resourcesDir: string;
  platform: string;
  nativeTheme: Pick<NativeTheme, 'shouldUseDarkColors' | 'shouldUseDarkColorsForSystemIntegratedUI' | 'on' | 'removeListener'>;
  /** The panel is dark whatever the theme (GNOME's top bar). */
  panelAlwaysDark?: boolean;
  onCommand: (command: TendCommand) => void;
  initial: TrayMenuInput;
}

/**
 * The icon file for this platform and panel. macOS picks up the @2x file beside the PNG. Windows gets an
 * .ico with 16, 20, 24 and 32 px drawings: from a PNG its tray receives the 1x bitmap only and scales it
 * at 125–200 %, while an .ico path is kept and the entry for the tray's size is loaded (electron/electron
 * #5624; shell/common/api/electron_api_native_image.cc GetHICON; docs/api/native-image.md recommends
 * those sizes in an ICO on Windows).
 */
function trayIconFile(platform: string, panelDark: boolean): string {
  if (platform === 'darwin') return 'trayTemplate.png';
  // tray-dark is the light glyph drawn for dark panels.
  if (platform === 'win32') return panelDark ? 'tray-dark.ico' : 'tray-light.ico';
  return panelDark ? 'tray-dark.png' : 'tray-light.png';
}

/** Whether the panel behind the tray icon is dark. */
function trayPanelIsDark(platform: string, theme: TrayMenuOptions['nativeTheme'], panelAlwaysDark = false): boolean {
  // The taskbar's theme (SystemUsesLightTheme), not the apps' one nor Tend's themeSource (electron.d.ts).
  if (platform === 'win32') return theme.shouldUseDarkColorsForSystemIntegratedUI;
  if (panelAlwaysDark) return true;
  return theme.shouldUseDarkColors;
}

function toTemplate(items: readonly TrayMenuItem[], onCommand: (command: TendCommand) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'separator':
        return { type: 'separator' };
      case 'text':
        return { id: item.id, label: item.label, enabled: false };
      case 'submenu':
        return { id: item.id, label: item.label, submenu: toTemplate(item.items, onCommand) };
      case 'action':
        return {
          id: item.id,
          label: item.label,
          click: () => onCommand(item.command),
          // A hint only: the shortcut is global and registered elsewhere, not a menu accelerator.
          ...(item.accelerator ? { accelerator: item.accelerator, registerAccelerator: false } : {}),
        };
    }
  });
}

/** Puts Tend's icon in the tray with its menu. */
export function createTrayMenu(options: TrayMenuOptions): TrayMenu {
  const { platform, nativeTheme, onCommand } = options;
  const icon = (): NativeImage => {
    const panelDark = trayPanelIsDark(platform, nativeTheme, options.panelAlwaysDark);
    const image = nativeImage.createFromPath(join(options.resourcesDir, 'tray', trayIconFile(platform, panelDark)));
    if (platform === 'darwin') image.setTemplateImage(true);
    return image;
  };
  const tray = new Tray(icon());
  tray.setToolTip(t('tray.tooltip'));
  let shown: TrayMenuItem[] | null = null;
  let builds = 0;

  const update = (input: TrayMenuInput): void => {
    const model = trayMenuModel(input);
    if (shown && sameTrayMenu(shown, model)) return;
    shown = model;
    builds += 1;
    tray.setContextMenu(Menu.buildFromTemplate(toTemplate(model, onCommand)));
  };
  const onThemeChange = (): void => tray.setImage(icon());
  nativeTheme.on('updated', onThemeChange);
  // Windows opens tray menus on right-click only; a left click should show it too.
  if (platform === 'win32') tray.on('click', () => tray.popUpContextMenu());
  update(options.initial);

  return {
    update,
    menuBuilds: () => builds,
    destroy() {
      nativeTheme.removeListener('updated', onThemeChange);
      tray.destroy();
    },
  };
}
