/**
 * Offline packaging check: electron-builder validates electron-builder.yml and makes an unpacked --dir
 * build against a stub Electron (no binary can be downloaded here). The stub carries a fuse wire in
 * Electron's own format, so the fuses electron-builder flips can be read back. Then app.asar is
 * inspected: the built app and package.json are in; sources, tests, maps and node_modules are not.
 */
import asar from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_ID, DESKTOP_FILE_NAME } from '../electron/core/app-identity.ts';
import { checkPackagedMain } from './check-packaged-main.mts';

const root = resolve(import.meta.dirname, '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Fuse order of wire version 1, as @electron/fuses numbers them.
const FUSES = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
] as const;
const WANTED: Partial<Record<(typeof FUSES)[number], boolean>> = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};

const failures: string[] = [];
const check = (ok: boolean, message: string): void => {
  console.log(`${ok ? '  ok ' : ' FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

const work = mkdtempSync(join(tmpdir(), 'tend-package-'));
try {
  // 1. A stub Electron: a tiny script with Electron's default fuse wire (RunAsNode etc. on).
  const dist = join(work, 'electron-dist');
  mkdirSync(dist);
  const defaults = Buffer.from('10110001', 'latin1');
  const stub = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub electron for check:package"\nexit 0\n# ', 'latin1'),
    Buffer.from(SENTINEL, 'latin1'),
    Buffer.from([1, FUSES.length]),
    defaults,
    Buffer.from('\n', 'latin1'),
  ]);
  writeFileSync(join(dist, 'electron'), stub);
  chmodSync(join(dist, 'electron'), 0o755);

  // 2. electron-builder validates the config and packs, offline.
  const out = join(work, 'release');
  const build = spawnSync(
    'npx',
    ['electron-builder', '--dir', '--linux', '--x64', `-c.electronDist=${dist}`, `-c.directories.output=${out}`],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  check(build.status === 0, 'electron-builder accepted electron-builder.yml and made an unpacked build');
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    throw new Error('electron-builder failed');
  }
  const appDir = join(out, 'linux-unpacked');

  // 3. Fuses flipped in the packaged binary.
  const binary = readFileSync(join(appDir, 'tend'));
  const at = binary.indexOf(SENTINEL) + SENTINEL.length;
  const length = binary[at + 1] ?? 0;
  for (let i = 0; i < length; i++) {
    const name = FUSES[i];
    const wanted = name ? WANTED[name] : undefined;
    if (name === undefined || wanted === undefined) continue;
    const actual = binary[at + 2 + i] === 0x31;
    check(actual === wanted, `fuse ${name} is ${wanted ? 'on' : 'off'}`);
  }

  // 4. What app.asar holds.
  const asarPath = join(appDir, 'resources', 'app.asar');
  const files = asar.listPackage(asarPath, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  const has = (p: string): boolean => files.includes(p);
  for (const p of ['/package.json', '/out/main/index.cjs', '/out/preload/index.cjs', '/out/renderer/index.html']) {
    check(has(p), `app.asar holds ${p}`);
  }
  check(files.some((f) => f.startsWith('/resources/tray/') && f.endsWith('.png')), 'app.asar holds the tray icons');
  const forbidden: [RegExp, string][] = [
    [/\.(ts|tsx|mts)$/, 'TypeScript sources'],
    [/\.map$/, 'source maps'],
    [/^\/(tests|electron|renderer|scripts|bench)\//, 'source or test folders'],
    [/\/node_modules\//, 'node_modules'],
    [/^\/out\/preview\//, 'browser-preview build'],
  ];
  for (const [pattern, what] of forbidden) {
    const found = files.filter((f) => pattern.test(f));
    check(found.length === 0, `app.asar holds no ${what}${found.length ? ` (found ${found.slice(0, 3).join(', ')})` : ''}`);
  }
  const pkg = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8')) as { main?: string; desktopName?: string };
  check(pkg.main === 'out/main/index.cjs' && has(`/${pkg.main}`), 'package.json "main" points at the bundled main');
  console.log(`app.asar: ${files.length} entries`);

  // 5. One identity: electron-builder's appId, package.json's desktopName and the code's names agree.
  const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  check(new RegExp(`^appId: ${APP_ID.replaceAll('.', '\\.')}$`, 'm').test(config), `electron-builder.yml appId is ${APP_ID} (app-identity.ts)`);
  check(pkg.desktopName === DESKTOP_FILE_NAME, `package.json desktopName is ${DESKTOP_FILE_NAME}`);
  check(/syncDesktopName: true/.test(config), 'the installed .desktop file takes its name from desktopName (syncDesktopName)');
  check(/^linux:\n {2}target:\n {4}- deb\n(?! {4}- )/m.test(config), 'Linux packages only the .deb (an AppImage starts without the sandbox: electron/electron#42510)');

  // 6. The packaged main: the scheme declared before ready, no file:// page.
  const mainDir = join(work, 'packaged-main');
  mkdirSync(join(mainDir, 'out', 'main'), { recursive: true });
  const mainText = asar.extractFile(asarPath, 'out/main/index.cjs').toString('utf8');
  writeFileSync(join(mainDir, 'out', 'main', 'index.cjs'), mainText);
  const problems = checkPackagedMain(join(mainDir, 'out', 'main', 'index.cjs'), mainText);
  check(problems.length === 0, `the packaged main declares the tend scheme before ready and loads no file:// page${problems.length ? `: ${problems.join('; ')}` : ''}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`check:package: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log('check:package: all good');
