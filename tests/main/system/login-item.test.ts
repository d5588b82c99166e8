import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autostartPath, createLoginItem, desktopEntry, desktopExecArg } from '../../../electron/main/system/login-item.ts';
import { silentLogger } from '../../../electron/main/app/logger.ts';
import { app, fakeState, resetFakeState } from '../../fake-electron/index.ts';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'tend-home-'));
  resetFakeState(home);
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const loginItem = (platform: string, env: Record<string, string | undefined> = {}) =>
  createLoginItem({ platform, app, env, homeDir: home, execPath: '/opt/Tend/tend', logger: silentLogger });

describe('start at login', () => {
  it.each(['darwin', 'win32'] as const)('uses app.setLoginItemSettings on %s', (platform) => {
    // Electron's login item API works on macOS and Windows only (electron.d.ts @platform darwin,win32).
    resetFakeState(home, platform);
    const item = loginItem(platform);
    expect(item.setEnabled(true)).toBe(true);
    expect(item.isEnabled()).toBe(true);
    expect(item.setEnabled(false)).toBe(true);
    expect(fakeState.loginItemCalls).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
    expect(existsSync(join(home, '.config'))).toBe(false);
  });

  it('writes and removes an XDG autostart entry on Linux', () => {
    const item = loginItem('linux');
    const file = join(home, '.config', 'autostart', 'app.tend.Tend.desktop');
    expect(item.isEnabled()).toBe(false);
    expect(item.setEnabled(true)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(desktopEntry('/opt/Tend/tend'));
    expect(readFileSync(file, 'utf8')).toContain('Exec="/opt/Tend/tend"\n');
    expect(item.isEnabled()).toBe(true);
    expect(item.setEnabled(false)).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(item.setEnabled(false)).toBe(true);
    expect(fakeState.loginItemCalls).toEqual([]);
  });

  it('honours XDG_CONFIG_HOME and starts the AppImage rather than its mounted executable', () => {
    const configHome = join(home, 'xdg');
    const item = loginItem('linux', { XDG_CONFIG_HOME: configHome, APPIMAGE: '/home/me/Apps/Tend 1.0.AppImage' });
    item.setEnabled(true);
    expect(readFileSync(join(configHome, 'autostart', 'app.tend.Tend.desktop'), 'utf8')).toContain('Exec="/home/me/Apps/Tend 1.0.AppImage"');
  });

  it('ignores a relative XDG_CONFIG_HOME, as the spec says', () => {
    expect(autostartPath({ XDG_CONFIG_HOME: 'relative/dir' }, '/home/me')).toBe('/home/me/.config/autostart/app.tend.Tend.desktop');
  });

  it('reports a change it could not make instead of throwing', () => {
    const blocker = join(home, 'a-file');
    writeFileSync(blocker, ''); // a file where the config folder should be: mkdir fails with ENOTDIR
    const item = createLoginItem({ platform: 'linux', app, env: { XDG_CONFIG_HOME: blocker }, homeDir: home, execPath: '/x', logger: silentLogger });
    expect(item.setEnabled(true)).toBe(false);
  });

  it.each([
    ['/opt/Tend/tend', '"/opt/Tend/tend"'],
    ['/a b/c', '"/a b/c"'],
    ['/odd/"quote"', '"/odd/\\\\"quote\\\\""'],
    ['/cost/$HOME', '"/cost/\\\\$HOME"'],
    ['/100%', '"/100%%"'],
    ['C:\\dir', '"C:\\\\\\\\dir"'],
  ])('quotes %s for Exec= as %s', (arg, expected) => {
    expect(desktopExecArg(arg)).toBe(expected);
  });
});
