/** The fake `app`: start-up, single instance, paths, login items, identity (AUMID, .desktop name) and focus. */
import { FakeEmitter, fakeEvent } from './emitter.ts';
import { installDefaultApplicationMenu } from './menu.ts';
import { available, onPlatform } from './profiles.ts';
import { fakeState } from './state.ts';

type LoginItemSettings = { openAtLogin?: boolean; openAsHidden?: boolean; path?: string; args?: string[] };

export class FakeApp extends FakeEmitter {
  private readyResolve: () => void = () => {};
  private readonly readyPromise = new Promise<void>((resolve) => (this.readyResolve = resolve));

  get isPackaged(): boolean {
    return fakeState.isPackaged;
  }
  whenReady(): Promise<void> {
    return fakeState.appReady ? Promise.resolve() : this.readyPromise;
  }
  isReady(): boolean {
    return fakeState.appReady;
  }
  /** Test helper: start-up as Electron runs it: will-finish-launching (the default menu goes in then), then ready. */
  fireReady(): void {
    // lib/browser/init.ts: app.once('will-finish-launching', setDefaultApplicationMenu).
    this.emit('will-finish-launching');
    installDefaultApplicationMenu();
    fakeState.appReady = true;
    this.emit('ready', fakeEvent(), {});
    this.readyResolve();
  }
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    // Like Electron: the instance that loses the lock hands its data to the one that holds it.
    if (!fakeState.singleInstanceLock) fakeState.singleInstanceData = additionalData;
    return fakeState.singleInstanceLock;
  }
  /** Test helper: another `tend …` was started; Electron tells the running instance like this. */
  fireSecondInstance(argv: string[], additionalData?: unknown, workingDirectory = '/'): void {
    this.emit('second-instance', fakeEvent(), argv, workingDirectory, additionalData);
  }
  quit(): void {
    fakeState.quitCalls += 1;
    this.emit('before-quit', fakeEvent());
    this.emit('will-quit', fakeEvent());
  }
  exit(): void {
    fakeState.quitCalls += 1;
  }
  getName(): string {
    return fakeState.appName;
  }
  getVersion(): string {
    return fakeState.appVersion;
  }
  getPreferredSystemLanguages(): string[] {
    if (fakeState.preferredSystemLanguages) return [...fakeState.preferredSystemLanguages];
    // An English desktop: Linux lists the region's name and the bare language (LANG=en_US.UTF-8).
    return onPlatform('linux') ? ['en-US', 'en'] : ['en-US'];
  }
  getPath(name: string): string {
    if (name === 'exe') return '/opt/Tend/tend';
    return fakeState.userDataDir;
  }
  getAppPath(): string {
    return process.cwd();
  }
  /**
   * Windows only, and absent elsewhere: electron_api_app.cc binds setAppUserModelId inside
   * `#if BUILDFLAG(IS_WIN)`, so on macOS and Linux calling it throws "is not a function" (electron.d.ts @platform win32).
   */
  get setAppUserModelId(): ((id: string) => void) | undefined {
    if (!available('App.setAppUserModelId')) return undefined;
    return (id: string) => void (fakeState.appUserModelId = id);
  }
  /**
   * Sets CHROME_DESKTOP on Linux and does nothing elsewhere (electron_api_app.cc App::SetDesktopName).
   * Must come before ready (electron.d.ts `setDesktopName`): the portal identity is taken by then.
   */
  setDesktopName(name: string): void {
    if (!available('App.setDesktopName')) return;
    if (fakeState.appReady) fakeState.desktopNameSetAfterReady = true;
    else fakeState.desktopName = name;
  }
  /**
   * macOS: `activateIgnoringOtherApps:steal` (browser_mac.mm Browser::Focus), so without `steal` an app
   * behind another one stays behind. Elsewhere: focuses the first visible window (browser.cc).
   */
  focus(options?: { steal: boolean }): void {
    if (onPlatform('darwin')) {
      if (options?.steal) fakeState.appActive = true;
      return;
    }
    fakeState.windows.find((w) => w.isVisible())?.focus();
  }
  /** Test helper: the user clicks into another app; Tend's windows lose keyboard focus (macOS: Tend is no longer active). */
  otherAppComesForward(): void {
    fakeState.appActive = false;
    if (!onPlatform('darwin')) fakeState.keyWindow = null;
  }
  /** macOS and Windows only: Linux returns the defaults (browser_linux.cc Browser::GetLoginItemSettings). */
  getLoginItemSettings(): { openAtLogin: boolean } {
    return available('App.getLoginItemSettings') ? { ...fakeState.loginItem } : { openAtLogin: false };
  }
  /** Recorded everywhere; a no-op on Linux (browser_linux.cc Browser::SetLoginItemSettings is empty). */
  setLoginItemSettings(settings: LoginItemSettings): void {
    fakeState.loginItemCalls.push({ ...settings });
    if (available('App.setLoginItemSettings')) fakeState.loginItem.openAtLogin = Boolean(settings.openAtLogin);
  }
}

export const app = new FakeApp();
