/**
 * scripts/ensure-electron.mts against a real folder laid out like node_modules/electron, with an install.js
 * stand-in that succeeds or fails the way Electron's does, run as real child processes: the CLI prints
 * one line saying what is missing and how to get it, and the Electron test step still skips in one line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureElectron, type InstallOutcome } from '../../scripts/ensure-electron.mts';

const root = resolve(import.meta.dirname, '../..');
const tsxCli = join(root, 'node_modules/tsx/dist/cli.mjs');
const SPAWNS = 30_000;

// Both stand-ins leave install-ran behind so a test can tell whether a download was attempted.
const INSTALL_SUCCEEDS = `const fs = require('node:fs');
const path = require('node:path');
fs.writeFileSync(path.join(__dirname, 'install-ran'), '');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
`;
// What Electron's install.js does offline: prints the error's stack and exits 1.
const INSTALL_FAILS = `require('node:fs').writeFileSync(require('node:path').join(__dirname, 'install-ran'), '');
console.error(new TypeError('fetch failed').stack);
process.exit(1);
`;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder with node_modules/electron holding `installJs`, and the binary when `installed`. */
function project(installJs: string, installed = false): { dir: string; electronDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tend-ensure-electron-'));
  made.push(dir);
  const electronDir = join(dir, 'node_modules', 'electron');
  mkdirSync(electronDir, { recursive: true });
  writeFileSync(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  writeFileSync(join(electronDir, 'install.js'), installJs);
  if (installed) {
    mkdirSync(join(electronDir, 'dist'));
    writeFileSync(join(electronDir, 'dist', 'electron'), '');
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
  }
  return { dir, electronDir };
}

/** The environment without this machine's ELECTRON_* variables (CI sets ELECTRON_SKIP_BINARY_DOWNLOAD). */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // Hosted CI's TEND_REQUIRE_ELECTRON would turn the skip line into a failure: these runs choose for themselves.
  const rest = Object.entries(process.env).filter(([name]) => !name.startsWith('ELECTRON_') && name !== 'TEND_REQUIRE_ELECTRON');
  return { ...Object.fromEntries(rest), ...extra };
}

/** Runs a script of scripts/ the way package.json does (tsx), in `cwd`; its output as lines. */
function run(
  script: string,
  cwd: string,
  extraEnv: Record<string, string> = {},
): { status: number | null; out: string[]; err: string[] } {
  const child = spawnSync(process.execPath, [tsxCli, join(root, 'scripts', script)], {
    cwd,
    env: env(extraEnv),
    encoding: 'utf8',
    timeout: SPAWNS,
  });
  const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');
  return { status: child.status, out: lines(child.stdout), err: lines(child.stderr) };
}

/** A runInstall that only counts its calls. */
function countingInstall(): { calls: string[]; runInstall: (script: string) => InstallOutcome } {
  const calls: string[] = [];
  return { calls, runInstall: (script) => (calls.push(script), { ok: true }) };
}

describe('ensureElectron', () => {
  it('returns the installed binary without running install.js', { timeout: SPAWNS }, () => {
    const { dir, electronDir } = project(INSTALL_FAILS, true);
    const install = countingInstall();
    const result = ensureElectron({
      electronDir,
      env: env(),
      runInstall: install.runInstall,
      print: () => undefined,
    });
    expect(result).toEqual({ ok: true, binary: join(electronDir, 'dist', 'electron') });
    expect(install.calls).toEqual([]);

    const cli = run('ensure-electron.mts', dir);
    expect(cli).toEqual({ status: 0, out: [], err: [] });
  });

  it('takes the binary from ELECTRON_OVERRIDE_DIST_PATH and never downloads into it', () => {
    const { electronDir } = project(INSTALL_SUCCEEDS);
    const override = join(electronDir, '..', 'custom-dist');
    mkdirSync(override);
    const install = countingInstall();
    const options = { electronDir, runInstall: install.runInstall, print: () => undefined };

    const missing = ensureElectron({ ...options, env: env({ ELECTRON_OVERRIDE_DIST_PATH: override }) });
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.problem).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    writeFileSync(join(override, 'electron'), '');
    const found = ensureElectron({ ...options, env: env({ ELECTRON_OVERRIDE_DIST_PATH: override }) });
    expect(found).toEqual({ ok: true, binary: join(override, 'electron') });
    expect(install.calls).toEqual([]);
  });

  it(
    'with ELECTRON_SKIP_BINARY_DOWNLOAD set: one line saying why and how to get it, no download, exit 1',
    { timeout: SPAWNS },
    () => {
      const { dir, electronDir } = project(INSTALL_SUCCEEDS);
      const cli = run('ensure-electron.mts', dir, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
      expect(cli.status).toBe(1);
      expect([...cli.out, ...cli.err]).toHaveLength(1);
      expect(cli.err[0]).toMatch(
        /^Electron binary not installed: ELECTRON_SKIP_BINARY_DOWNLOAD is set.*`npx install-electron`/,
      );
      expect(existsSync(join(electronDir, 'install-ran'))).toBe(false);
    },
  );

  it(
    'runs install.js when the binary is missing and returns the binary it fetched',
    { timeout: SPAWNS },
    () => {
      const { electronDir } = project(INSTALL_SUCCEEDS);
      const said: string[] = [];
      const result = ensureElectron({ electronDir, env: env(), print: (line) => said.push(line) });
      expect(result).toEqual({ ok: true, binary: join(electronDir, 'dist', 'electron') });
      expect(existsSync(join(electronDir, 'install-ran'))).toBe(true);
      expect(said[0]).toMatch(/^Fetching the Electron 45\.4\.1 binary into .*dist/);
    },
  );

  it(
    'when install.js fails: one line naming what is missing and how to get it, no stack trace, exit 1',
    { timeout: SPAWNS },
    () => {
      const { dir, electronDir } = project(INSTALL_FAILS);
      const cli = run('ensure-electron.mts', dir);
      expect(cli.status).toBe(1);
      expect(existsSync(join(electronDir, 'install-ran'))).toBe(true);
      expect(cli.err).toEqual([
        expect.stringMatching(
          /^Electron binary not installed: downloading Electron 45\.4\.1 failed \(TypeError: fetch failed\).*`npx install-electron`/,
        ),
      ]);
      expect([...cli.out, ...cli.err].filter((line) => /^\s*at /.test(line))).toEqual([]);
    },
  );
});

describe('the Electron test step (scripts/test-electron.mts)', () => {
  it('without a binary to be had, prints only the skip line and exits 0', { timeout: SPAWNS }, () => {
    // An empty override folder: no binary, whatever this machine has installed, and nothing is downloaded.
    const dir = mkdtempSync(join(tmpdir(), 'tend-no-electron-'));
    made.push(dir);
    const step = run('test-electron.mts', root, {
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      ELECTRON_OVERRIDE_DIST_PATH: dir,
    });
    expect(step.status).toBe(0);
    expect([...step.out, ...step.err]).toEqual([
      expect.stringMatching(/^Electron binary not installed: skipping [1-9]\d* Electron tests$/),
    ]);
  });
});
