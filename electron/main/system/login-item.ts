/**
 * Start at login. macOS and Windows: app.setLoginItemSettings. Linux (where Electron has no API for it):
 * an XDG autostart entry, $XDG_CONFIG_HOME/autostart/app.tend.Tend.desktop (~/.config when unset), named like the
 * installed .desktop file so desktops match the two (app-identity.ts). Paths and
 * environment come in as options so tests can use a temporary folder.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { DESKTOP_FILE_NAME } from '../../core/app-identity.ts';
import type { Logger } from '../app/logger.ts';

/** Reads and changes whether Tend starts at login. */
export interface LoginItem {
  isEnabled(): boolean;
  /** Returns false (and logs why) when the change could not be made. */
  setEnabled(enabled: boolean): boolean;
}

interface LoginItemOptions {
  platform: string;
  /** Electron's app (macOS and Windows only). */
  app: { getLoginItemSettings(): { openAtLogin: boolean }; setLoginItemSettings(settings: { openAtLogin: boolean }): void };
  env: Record<string, string | undefined>;
  homeDir: string;
  /** The program to start: the AppImage when there is one, else the executable. */
  execPath: string;
  /** Arguments after the program (in development: the app folder). */
  args?: string[];
  logger: Logger;
}

/** The autostart file on Linux, honouring XDG_CONFIG_HOME when it is an absolute path. */
export function autostartPath(env: Record<string, string | undefined>, homeDir: string): string {
  const configHome = env['XDG_CONFIG_HOME'];
  const base = configHome && isAbsolute(configHome) ? configHome : join(homeDir, '.config');
  return join(base, 'autostart', DESKTOP_FILE_NAME);
}

/** One Exec= argument, quoted and escaped as the Desktop Entry spec asks (quoting, then string escapes). */
export function desktopExecArg(arg: string): string {
  const quoted = `"${arg.replace(/["`$\\]/g, '\\$&')}"`;
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}

/** The text of the autostart entry for the given command. */
export function desktopEntry(execPath: string, args: readonly string[] = []): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Tend',
    'Comment=Kind work breaks',
    `Exec=${[execPath, ...args].map(desktopExecArg).join(' ')}`,
    'Icon=tend',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** The login item for this platform. */
export function createLoginItem(options: LoginItemOptions): LoginItem {
  const { app, logger } = options;
  if (options.platform === 'darwin' || options.platform === 'win32') {
    return {
      isEnabled: () => app.getLoginItemSettings().openAtLogin,
      setEnabled(enabled) {
        try {
          app.setLoginItemSettings({ openAtLogin: enabled });
          return true;
        } catch (error) {
          logger.error('login item: could not change', error);
          return false;
        }
      },
    };
  }
  const file = autostartPath(options.env, options.homeDir);
  const program = options.env['APPIMAGE'] ?? options.execPath;
  return {
    isEnabled: () => existsSync(file),
    setEnabled(enabled) {
      try {
        if (enabled) {
          mkdirSync(join(file, '..'), { recursive: true });
          writeFileSync(file, desktopEntry(program, options.args));
        } else {
          rmSync(file, { force: true });
        }
        return true;
      } catch (error) {
        logger.error(`login item: could not ${enabled ? 'write' : 'remove'} ${file}`, error);
        return false;
      }
    },
  };
}
