/**
 * The fake globalShortcut. X11, Windows and macOS grab keys directly: a combination another app holds
 * fails to register. On Wayland the xdg-desktop-portal GlobalShortcuts interface binds them, and
 * register() returns true whatever the portal later does (electron_api_global_shortcut.cc: the
 * `IsRegistrationHandledExternally()` branch returns true), so a shortcut can be "registered" and never fire.
 */
import { onWayland, profile } from './profiles.ts';
import { fakeState } from './state.ts';

// Electron's accelerator grammar: modifiers, then exactly one key code (case-insensitive).
const acceleratorModifiers = new Set(['command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta']);
const acceleratorKeys = new Set([
  ...'0123456789abcdefghijklmnopqrstuvwxyz)!@#$%^&*(:;=<,_->.?/~`{][|\\}"\''.split(''),
  ...Array.from({ length: 24 }, (_, i) => `f${String(i + 1)}`),
  ...Array.from({ length: 10 }, (_, i) => `num${String(i)}`),
  ...['plus', 'space', 'tab', 'capslock', 'numlock', 'scrolllock', 'backspace', 'delete', 'insert', 'return', 'enter', 'up', 'down'],
  ...['left', 'right', 'home', 'end', 'pageup', 'pagedown', 'escape', 'esc', 'volumeup', 'volumedown', 'volumemute'],
  ...['medianexttrack', 'mediaprevioustrack', 'mediastop', 'mediaplaypause', 'printscreen', 'numdec', 'numadd', 'numsub', 'nummult', 'numdiv'],
]);

function checkAccelerator(accelerator: string): void {
  const keys = accelerator.split('+').filter((p) => !acceleratorModifiers.has(p.toLowerCase()));
  if (accelerator === '' || keys.length !== 1 || !acceleratorKeys.has(keys[0]?.toLowerCase() ?? '')) {
    throw new TypeError(`Error processing argument at index 0, conversion failure from ${accelerator}`);
  }
}

/**
 * Whether the portal binds shortcuts for this app. GNOME asks the user the first time and denies every
 * bind for an app id that is not the reverse-DNS name of an installed .desktop file; KDE binds silently
 * (docs/api/global-shortcut.md "Usage on Linux"). The id is the .desktop name set before ready
 * (electron.d.ts `app.setDesktopName`; electron/electron#52218).
 */
function portalBinds(accelerator: string): boolean {
  if (fakeState.takenShortcuts.has(accelerator)) return false;
  if (profile().desktop !== 'gnome') return true;
  const name = fakeState.desktopName;
  const reverseDns = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)+\.desktop$/.test(name);
  const installed = fakeState.installedDesktopFile === null || fakeState.installedDesktopFile === name;
  return reverseDns && installed && fakeState.shortcutConsent === 'granted';
}

export const globalShortcut = {
  register(accelerator: string, callback: () => void): boolean {
    // electron_api_global_shortcut.cc: "globalShortcut cannot be used before the app is ready".
    if (!fakeState.appReady) throw new Error('globalShortcut cannot be used before the app is ready');
    checkAccelerator(accelerator);
    if (onWayland()) {
      fakeState.shortcuts.set(accelerator, callback);
      if (portalBinds(accelerator)) fakeState.unboundShortcuts.delete(accelerator);
      else fakeState.unboundShortcuts.add(accelerator);
      return true;
    }
    if (fakeState.takenShortcuts.has(accelerator) || fakeState.shortcuts.has(accelerator)) return false;
    fakeState.shortcuts.set(accelerator, callback);
    return true;
  },
  unregister(accelerator: string): void {
    checkAccelerator(accelerator);
    fakeState.shortcuts.delete(accelerator);
    fakeState.unboundShortcuts.delete(accelerator);
  },
  unregisterAll(): void {
    fakeState.shortcuts.clear();
    fakeState.unboundShortcuts.clear();
  },
  isRegistered(accelerator: string): boolean {
    checkAccelerator(accelerator);
    return fakeState.shortcuts.has(accelerator);
  },
  /** Test helper: the user presses the accelerator; returns whether the app heard it. */
  press(accelerator: string): boolean {
    const cb = fakeState.shortcuts.get(accelerator);
    if (!cb) throw new Error(`Shortcut ${accelerator} is not registered`);
    if (fakeState.unboundShortcuts.has(accelerator)) return false;
    cb();
    return true;
  },
};
