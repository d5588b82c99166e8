/**
 * The fake's platform table must say what the installed Electron's typings say, for every Electron API
 * Tend's code reaches and every API the fake models: an Electron upgrade, or a new API in Tend, fails
 * here until the table is regenerated (and the fake checked against the new facts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { currentPlatformTable, MODELLED_APIS, regenerateCommand, type PlatformTableEntry } from '../../scripts/electron-platform-table.mts';
import { electronVersion, platformTable } from './platform-table.ts';

const fix = `Regenerate it with \`${regenerateCommand}\`, then check the fake still obeys what changed.`;
let derived: ReturnType<typeof currentPlatformTable>;
let tendApis: string[];

// Scanning Tend's code needs the TypeScript checker over electron/main and the 28k-line typings.
beforeAll(() => {
  derived = currentPlatformTable();
  tendApis = derived.tendApis;
}, 120_000);

function differences(from: Record<string, PlatformTableEntry>, to: Record<string, PlatformTableEntry>): string[] {
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
  return keys.filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k])).map((k) => `${k}: table ${JSON.stringify(to[k])} ≠ typings ${JSON.stringify(from[k])}`);
}

describe('the platform table', () => {
  it('was derived from the installed Electron', { timeout: 20_000 }, () => {
    expect(derived.version, `The table was made for Electron ${electronVersion}, but ${derived.version} is installed. ${fix}`).toBe(electronVersion);
  });

  it('says exactly what electron.d.ts says about every API in it', { timeout: 20_000 }, () => {
    const checkedIn = platformTable as unknown as Record<string, PlatformTableEntry>;
    const diff = differences(derived.table, checkedIn);
    expect(diff, `tests/fake-electron/platform-table.ts differs from electron.d.ts:\n${diff.join('\n')}\n${fix}`).toEqual([]);
  });

  it('names only APIs electron.d.ts declares', { timeout: 20_000 }, () => {
    expect(derived.unknown, `Not declared in electron.d.ts (a typo in MODELLED_APIS, or removed from Electron). ${fix}`).toEqual([]);
  });

  it('has an entry for every Electron API Tend calls and every API the fake models', { timeout: 20_000 }, () => {
    const missing = [...tendApis, ...MODELLED_APIS].filter((api) => !(api in platformTable));
    expect(missing, `Electron APIs with no platform entry: ${missing.join(', ')}. ${fix}`).toEqual([]);
  });

  it('finds the APIs Tend reaches through its own variables, options objects and event names', { timeout: 20_000 }, () => {
    // A scan that found nothing would make the gap check above pass for nothing.
    expect(tendApis).toEqual(expect.arrayContaining(['BrowserWindow.setFocusable', 'BrowserWindowConstructorOptions.focusable', "App.on('second-instance')", 'Screen.getCursorScreenPoint', 'NativeImage.createFromPath']));
  });

  it.each([
    ['BrowserWindow.setFocusable', ['darwin', 'win32'], false],
    ["PowerMonitor.on('lock-screen')", ['darwin', 'win32'], false],
    ["PowerMonitor.on('shutdown')", ['darwin', 'linux'], false],
    ['BrowserWindowConstructorOptions.skipTaskbar', ['darwin', 'win32'], false],
    ['BrowserWindowConstructorOptions.alwaysOnTop', null, true],
    ['BrowserWindow.showInactive', null, true],
    ['Screen.getCursorScreenPoint', null, true],
    ['App.setAppUserModelId', ['win32'], false],
  ] as const)('reads %s as platforms %j, not supported on Wayland: %s', { timeout: 20_000 }, (api, platforms, wayland) => {
    expect(derived.table[api]).toMatchObject({ platforms, waylandUnsupported: wayland });
  });
});
