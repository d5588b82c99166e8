/** The fake Tray and nativeImage: what the user can see of the icon, and which panel it sits on. */
import { existsSync } from 'node:fs';
import { FakeEmitter } from './emitter.ts';
import type { FakeMenu } from './menu.ts';
import { available, profile } from './profiles.ts';
import { fakeState } from './state.ts';

export class FakeNativeImage {
  template = false;
  constructor(
    readonly path: string,
    private readonly empty: boolean,
  ) {}
  isEmpty(): boolean {
    return this.empty;
  }
  setTemplateImage(value: boolean): void {
    this.template = value;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
  resize(): this {
    return this;
  }
}

export const nativeImage = {
  /**
   * A path with no image gives an empty image, not an error (PLATFORMS.md "All OSs"): an invisible tray
   * icon. An .ico decodes on Windows only (electron_api_native_image.cc reads it through the Win32
   * LoadImage under OS_WIN; elsewhere only PNG and JPEG decode), so off Windows it is empty too.
   */
  createFromPath(path: string): FakeNativeImage {
    const icoOffWindows = path.toLowerCase().endsWith('.ico') && profile().platform !== 'win32';
    return new FakeNativeImage(path, icoOffWindows || !existsSync(path));
  },
  createEmpty(): FakeNativeImage {
    return new FakeNativeImage('', true);
  },
};

/**
 * Whether the panel behind the tray icon is dark. Windows: the taskbar follows its own setting
 * (nativeTheme.shouldUseDarkColorsForSystemIntegratedUI, SystemUsesLightTheme), not the apps' one.
 * GNOME: the top bar is black in the light style too (gnome-shell data/theme/gnome-shell-sass/widgets/
 * _panel.scss `$panel_bg_color: #000`). macOS, KDE and other X11 desktops follow the system theme.
 */
export function trayPanelIsDark(): boolean {
  const spec = profile();
  if (spec.platform === 'win32') return fakeState.systemUiDark;
  if (spec.desktop === 'gnome') return true;
  return fakeState.darkColors;
}

export class FakeTray extends FakeEmitter {
  menu: FakeMenu | null = null;
  tooltip = '';
  title = '';
  menuBuilds = 0;
  popUps = 0;
  private destroyed = false;
  constructor(public image: FakeNativeImage) {
    super();
    fakeState.trays.push(this);
  }
  /**
   * Whether the user can see the icon at all. `new Tray` succeeds without a tray host (stock GNOME
   * without the AppIndicator extension: docs/api/tray.md), and an empty image draws nothing.
   */
  get visibleToUser(): boolean {
    return !this.destroyed && profile().trayHost && !this.image.isEmpty();
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.menuBuilds += 1;
    this.menu = menu;
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setTitle(text: string): void {
    this.title = text;
  }
  setImage(image: FakeNativeImage): void {
    this.image = image;
  }
  /** darwin and win32 only (electron.d.ts); nothing happens on Linux. */
  popUpContextMenu(): void {
    if (available('Tray.popUpContextMenu')) this.popUps += 1;
  }
  /** Test helper: the user opens the tray menu, if they can see the icon at all. */
  openMenu(): FakeMenu {
    if (!this.visibleToUser) throw new Error(`On ${profile().name} the user cannot see the tray icon`);
    if (!this.menu) throw new Error('The tray has no menu');
    return this.menu;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}
