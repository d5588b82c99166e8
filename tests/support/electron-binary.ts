/**
 * Finds an installed Electron binary without triggering a download. electron's index.js downloads the
 * binary on first use, so this reads the same path.txt it writes instead of requiring the package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Absolute path of the Electron executable, or null when none is installed. */
export function findElectronBinary(root = resolve(import.meta.dirname, '../..')): string | null {
  const pkgDir = join(root, 'node_modules', 'electron');
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const candidate = override
    ? join(override, relative || 'electron')
    : relative
      ? join(pkgDir, 'dist', relative)
      : '';
  return candidate && existsSync(candidate) ? candidate : null;
}
