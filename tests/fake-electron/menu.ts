/** The fake `Menu`: templates, clicking items by label path, and the application menu. */
import { onPlatform } from './profiles.ts';
import { fakeState } from './state.ts';

export interface FakeMenuItem {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  enabled?: boolean;
  accelerator?: string;
  registerAccelerator?: boolean;
  checked?: boolean;
  click?: (...args: unknown[]) => void;
  submenu?: FakeMenu;
}

// The accelerators Electron gives role items (lib/browser/api/menu-item-roles.ts): what the default
// menu puts on every window on Windows and Linux.
const roleAccelerators: Record<string, string> = {
  reload: 'CmdOrCtrl+R',
  forcereload: 'Shift+CmdOrCtrl+R',
  toggledevtools: 'Ctrl+Shift+I',
  resetzoom: 'CommandOrControl+0',
  zoomin: 'CommandOrControl+Plus',
  zoomout: 'CommandOrControl+-',
  quit: 'CommandOrControl+Q',
  close: 'CommandOrControl+W',
};

export class FakeMenu {
  constructor(readonly items: FakeMenuItem[]) {}
  static buildFromTemplate(template: Record<string, unknown>[]): FakeMenu {
    return new FakeMenu(
      template.map((t) => {
        const sub = t['submenu'];
        const submenu = Array.isArray(sub) ? FakeMenu.buildFromTemplate(sub as Record<string, unknown>[]) : (sub as FakeMenu | undefined);
        return { ...(t as FakeMenuItem), ...(submenu ? { submenu } : {}) };
      }),
    );
  }
  /** Records the application menu (null: none; on Windows and Linux that also removes the menu bar). */
  static setApplicationMenu(menu: FakeMenu | null): void {
    fakeState.applicationMenuCalls.push(menu);
    fakeState.applicationMenu = menu;
  }
  static getApplicationMenu(): FakeMenu | null {
    return fakeState.applicationMenu ?? null;
  }
  getMenuItemById(id: string): FakeMenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const found = item.submenu?.getMenuItemById(id);
      if (found) return found;
    }
    return null;
  }
  /** Labels of the items, separators omitted. */
  labels(): string[] {
    return this.items.filter((i) => i.type !== 'separator').map((i) => i.label ?? '');
  }
  /** Every role in the menu and its submenus, lower-cased as Electron compares them. */
  roles(): string[] {
    return this.items.flatMap((i) => [...(i.role ? [i.role.toLowerCase()] : []), ...(i.submenu?.roles() ?? [])]);
  }
  /** Every accelerator the menu registers, a role's own included (registerAccelerator: false items excluded). */
  accelerators(): string[] {
    return this.items.flatMap((i) => {
      const own = i.accelerator ?? (i.role ? roleAccelerators[i.role.toLowerCase()] : undefined);
      return [...(own && i.registerAccelerator !== false ? [own] : []), ...(i.submenu?.accelerators() ?? [])];
    });
  }
  /** Test helper: click the item at this label path, e.g. ['Pause', '1 hour']. */
  click(...path: string[]): void {
    const item = this.find(path);
    if (!item.click) throw new Error(`Menu item "${path.join(' ▸ ')}" has no click handler`);
    if (item.enabled === false) throw new Error(`Menu item "${path.join(' ▸ ')}" is disabled`);
    item.click(item, undefined, {});
  }
  /** Test helper: the item at this label path, or an error naming what is there instead. */
  find(path: string[]): FakeMenuItem {
    const [label, ...rest] = path;
    const item = this.items.find((i) => i.label === label);
    if (!item) throw new Error(`No menu item "${String(label)}" in [${this.labels().join(', ')}]`);
    if (rest.length === 0) return item;
    if (!item.submenu) throw new Error(`Menu item "${String(label)}" has no submenu`);
    return item.submenu.find(rest);
  }
}

/**
 * What Electron does at will-finish-launching unless the app set a menu first (lib/browser/default-menu.ts):
 * File, Edit, View (Reload, Force Reload, Toggle Developer Tools, zoom) and Window, plus the app menu on macOS.
 */
export function installDefaultApplicationMenu(): void {
  if (fakeState.applicationMenu !== undefined) return;
  const role = (r: string): Record<string, unknown> => ({ role: r });
  fakeState.applicationMenu = FakeMenu.buildFromTemplate([
    ...(onPlatform('darwin') ? [{ label: fakeState.appName, role: 'appMenu' }] : []),
    { label: 'File', role: 'fileMenu', submenu: [role(onPlatform('darwin') ? 'close' : 'quit')] },
    { label: 'Edit', role: 'editMenu', submenu: ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'].map(role) },
    { label: 'View', role: 'viewMenu', submenu: ['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'].map(role) },
    { label: 'Window', role: 'windowMenu', submenu: ['minimize', 'close'].map(role) },
  ]);
}
