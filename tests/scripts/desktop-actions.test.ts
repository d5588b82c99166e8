/**
 * The installed .desktop file's Desktop Actions: on a desktop without a tray (stock GNOME) the app
 * icon's right-click menu stands in for the tray menu. The file is written by electron-builder's own
 * LinuxTargetHelper from electron-builder.yml (parsed with js-yaml 4, which electron-builder brings
 * along), and each action's command line must be one Tend understands.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../electron/core/command-line.ts';
import type { TendCommand } from '../../electron/core/tend-command.ts';

const root = resolve(import.meta.dirname, '../..');
// Neither ships types we use, and neither is a direct devDependency: both are hoisted from electron-builder's tree.
const requireCjs = createRequire(import.meta.url);
const yaml = requireCjs('js-yaml') as { load: (text: string) => unknown };
const { LinuxTargetHelper } = requireCjs('app-builder-lib/out/targets/LinuxTargetHelper') as {
  LinuxTargetHelper: new (packager: unknown) => { computeDesktopEntry(options: unknown): Promise<string> };
};

const config = yaml.load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as { productName: string; linux: { executableName: string } };
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { desktopName: string; description?: string };

/** The .desktop file electron-builder writes for the .deb, as sections of key=value lines. */
async function desktopFile(): Promise<Map<string, Map<string, string>>> {
  // Only what computeDesktopEntry reads of a packager.
  const packager = {
    appInfo: { productName: config.productName, sanitizedProductName: config.productName, description: pkg.description ?? '' },
    executableName: config.linux.executableName,
    info: { metadata: { desktopName: pkg.desktopName } },
    fileAssociations: [],
    config,
    platformSpecificBuildOptions: config.linux,
  };
  const text = await new LinuxTargetHelper(packager).computeDesktopEntry(config.linux);
  const sections = new Map<string, Map<string, string>>();
  let current = new Map<string, string>();
  for (const line of text.split('\n')) {
    const header = /^\[(.+)\]$/.exec(line);
    if (header?.[1]) sections.set(header[1], (current = new Map<string, string>()));
    else if (line.includes('=')) current.set(line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1));
  }
  return sections;
}

describe('the installed .desktop file', () => {
  it.each<[string, string, TendCommand]>([
    ['Break', 'Take a break', { kind: 'take-break', break: 'breath' }],
    ['Pause', 'Pause for an hour', { kind: 'pause', choice: '1h' }],
    ['Settings', 'Settings', { kind: 'settings' }],
  ])('offers the action %s ("%s") in the app icon\'s menu, running a command Tend understands', async (id, name, command) => {
    const file = await desktopFile();
    const entry = file.get('Desktop Entry');
    expect(entry?.get('Actions')?.split(';')).toContain(id);
    const action = file.get(`Desktop Action ${id}`);
    expect(action?.get('Name')).toBe(name);
    const [program, ...args] = (action?.get('Exec') ?? '').split(' ');
    // The same program the entry itself starts, so the action reaches the running Tend (single instance).
    expect(entry?.get('Exec')?.split(' ')[0]).toBe(program);
    expect(parseCommandLine(args)).toMatchObject({ commands: [command], problems: [] });
  });
});
