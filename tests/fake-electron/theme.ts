/** The fake nativeTheme: the system's light/dark setting, and on Windows the taskbar's own one. */
import { FakeEmitter } from './emitter.ts';
import { onPlatform } from './profiles.ts';
import { fakeState } from './state.ts';

export class FakeNativeTheme extends FakeEmitter {
  themeSource: 'system' | 'light' | 'dark' = 'system';
  get shouldUseDarkColors(): boolean {
    return this.themeSource === 'system' ? fakeState.darkColors : this.themeSource === 'dark';
  }
  /**
   * Windows reads the taskbar's SystemUsesLightTheme; everywhere else it falls back to
   * shouldUseDarkColors, themeSource included (electron_api_native_theme.cc; electron.d.ts darwin,win32).
   */
  get shouldUseDarkColorsForSystemIntegratedUI(): boolean {
    return onPlatform('win32') ? fakeState.systemUiDark : this.shouldUseDarkColors;
  }
  /** Test helper: the OS switches between light and dark. */
  setSystemDark(dark: boolean): void {
    fakeState.darkColors = dark;
    this.emit('updated');
  }
  /** Test helper: Windows' taskbar (system UI) switches between light and dark. */
  setTaskbarDark(dark: boolean): void {
    fakeState.systemUiDark = dark;
    this.emit('updated');
  }
}
