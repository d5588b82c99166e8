/**
 * Runs the Playwright `_electron` specs where an Electron binary is installed; elsewhere prints one line
 * saying how many were skipped and why, and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../tests/support/electron-binary.ts';

const root = resolve(import.meta.dirname, '..');
const specDir = join(root, 'tests/e2e/electron');

function countSpecs(): number {
  return readdirSync(specDir)
    .filter((f) => f.endsWith('.spec.ts'))
    .reduce((n, f) => n + (readFileSync(join(specDir, f), 'utf8').match(/^\s*test\(/gm)?.length ?? 0), 0);
}

if (!findElectronBinary(root)) {
  console.log(`Electron binary not installed: skipping ${countSpecs()} Electron tests`);
  process.exit(0);
}
const args = ['playwright', 'test', '--config', 'playwright.electron.config.mts', ...process.argv.slice(2)];
const run = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: process.env });
process.exit(run.status ?? 1);
