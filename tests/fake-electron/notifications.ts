/**
 * The fake Notification. show() never tells the app whether anything appeared (PLATFORMS.md "All OSs"):
 * it always emits 'show', while fakeState.notifications holds only what the user saw.
 */
import { FakeEmitter, fakeEvent } from './emitter.ts';
import { onPlatform } from './profiles.ts';
import { fakeState } from './state.ts';

/**
 * Windows shows a toast only for an AppUserModelID that a Start-menu shortcut carries
 * (docs/tutorial/notifications.md "Windows"); without app.setAppUserModelId Electron uses
 * `electron.app.<name>` (shell/common/application_info_win.cc), which no shortcut has.
 */
function windowsShowsToast(): boolean {
  const id = fakeState.appUserModelId ?? `electron.app.${fakeState.appName}`;
  return fakeState.installedAppUserModelId !== null && id === fakeState.installedAppUserModelId;
}

export class Notification extends FakeEmitter {
  static get shown(): { title: string; body: string }[] {
    return fakeState.notifications;
  }
  static isSupported(): boolean {
    return fakeState.notificationsSupported;
  }
  constructor(readonly options: { title: string; body: string; silent?: boolean }) {
    super();
  }
  show(): void {
    const note = { title: this.options.title, body: this.options.body };
    fakeState.notificationsRequested.push(note);
    const seen = !fakeState.notificationsDropped && (!onPlatform('win32') || windowsShowsToast());
    if (seen) fakeState.notifications.push(note);
    this.emit('show', fakeEvent());
  }
  close(): void {
    this.emit('close', fakeEvent());
  }
}
