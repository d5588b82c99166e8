/**
 * Who gets keyboard focus, per profile. Each rule cites where the real behaviour comes from.
 * `keyWindow` is the window with keyboard focus; on macOS it is the app's key window, which has focus
 * only while the app is active (NSWindow isKeyWindow: native_window_mac.mm NativeWindowMac::IsFocused).
 */
import { onPlatform, onWayland } from './profiles.ts';
import { fakeState } from './state.ts';
import type { FakeBrowserWindow } from './windows.ts';

/** The window's own view of focus. */
export function hasFocus(win: FakeBrowserWindow): boolean {
  if (win.isDestroyed() || !win.isVisible() || fakeState.keyWindow !== win) return false;
  return onPlatform('darwin') ? fakeState.appActive : true;
}

function take(win: FakeBrowserWindow): void {
  const had = hasFocus(win);
  if (win.canTakeFocus) fakeState.keyWindow = win;
  if (!had && hasFocus(win)) win.emit('focus');
}

/**
 * show(): macOS activates the app with activateIgnoringOtherApps:YES and makes the window key
 * (NativeWindowMac::Show); Windows and Linux activate the widget (NativeWindowViews::Show). Linux only
 * activates a window created focusable (ui/ozone/platform/x11/x11_window.cc X11Window::Activate returns
 * early when !activatable_). Wayland: a window mapped anew gets focus; one already up only asks for
 * attention (electron.d.ts `focus`).
 */
export function focusOnShow(win: FakeBrowserWindow, wasVisible: boolean): void {
  if (onPlatform('darwin')) fakeState.appActive = true;
  if (onWayland() && wasVisible && !hasFocus(win)) {
    win.attentionRequested = true;
    return;
  }
  take(win);
}

/**
 * focus(): nothing for a hidden window (NativeWindowViews::Focus, NativeWindowMac::Focus). macOS uses
 * activateIgnoringOtherApps:NO, so the window becomes the key window but the app stays behind the
 * active one, without keyboard focus (native_window_mac.mm). Wayland: "the desktop environment may
 * show a notification or flash the app icon" instead (electron.d.ts `focus`).
 */
export function focusOnRequest(win: FakeBrowserWindow): void {
  if (!win.isVisible()) return;
  if (onWayland() && !hasFocus(win)) {
    win.attentionRequested = true;
    return;
  }
  take(win);
}

/** blur(): not supported on Wayland (electron.d.ts `blur`). */
export function blurOnRequest(win: FakeBrowserWindow): void {
  if (onWayland() || fakeState.keyWindow !== win) return;
  fakeState.keyWindow = null;
  win.emit('blur');
}

/**
 * A click inside the window. macOS: the click activates the app; with acceptFirstMouse false (the
 * default, electron.d.ts `acceptFirstMouse`) the first click on an inactive app's window only
 * activates it and never reaches the page. Windows and Linux: the click reaches the page, and focuses
 * the window if it can take focus.
 */
export function clickInto(win: FakeBrowserWindow): { reachedPage: boolean; focused: boolean } {
  const inactive = onPlatform('darwin') && !fakeState.appActive;
  if (onPlatform('darwin')) fakeState.appActive = true;
  take(win);
  return { reachedPage: !inactive || win.acceptFirstMouse, focused: hasFocus(win) };
}

/** The window is gone or hidden: it no longer holds focus. */
export function dropFocus(win: FakeBrowserWindow): void {
  if (fakeState.keyWindow === win) fakeState.keyWindow = null;
}
