/**
 * Runs the Playwright `_electron` specs, fetching Electron's binary first when it is missing and may be
 * downloaded. Where it cannot be had (CI sets ELECTRON_SKIP_BINARY_DOWNLOAD; offline), prints one line
 * saying how many were skipped and why, and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureElectron } from './ensure-electron.mts';

const root = resolve(import.meta.dirname, '..');
const specDir = join(root, 'tests/e2e/electron');

function countSpecs(): number {
  return readdirSync(specDir)
    .filter((f) => f.endsWith('.spec.ts'))
    .reduce((n, f) => n + (readFileSync(join(specDir, f), 'utf8').match(/^\s*test\(/gm)?.length ?? 0), 0);
}

// Only the skip line is printed when there is no binary: CI's log relies on that one line.
const electron = ensureElectron({ electronDir: join(root, 'node_modules', 'electron') });
if (!electron.ok) {
  // Hosted CI sets TEND_REQUIRE_ELECTRON=1: there the Electron tests must run, so no binary is a failure.
  if (process.env['TEND_REQUIRE_ELECTRON'] === '1') {
    console.error(`${electron.problem} (TEND_REQUIRE_ELECTRON=1: the Electron tests may not be skipped)`);
    process.exit(1);
  }
  console.log(`Electron binary not installed: skipping ${countSpecs()} Electron tests`);
  process.exit(0);
}
// Playwright's CLI under this Node: `npx` is npx.cmd on Windows, which spawnSync cannot start without a shell.
const cli = join(root, 'node_modules', '@playwright', 'test', 'cli.js');
const args = [cli, 'test', '--config', 'playwright.electron.config.mts', ...process.argv.slice(2)];
const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env });
process.exit(run.status ?? 1);
