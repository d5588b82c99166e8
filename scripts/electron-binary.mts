/**
 * Where Electron's executable is, found the way electron's own index.js finds it, but without its side
 * effect: index.js downloads the binary when it is missing, so this reads the path.txt that download
 * writes instead of requiring the package. The one implementation for the scripts and the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where index.js would look for the executable of the package in `electronDir`, or null when it cannot tell. */
export function expectedElectronBinary(
  electronDir: string,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  // ELECTRON_OVERRIDE_DIST_PATH replaces dist/ (and index.js then never downloads), as in index.js.
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) return join(override, relative || 'electron');
  return relative ? join(electronDir, 'dist', relative) : null;
}

/** Absolute path of the installed Electron executable of the package in `electronDir`, or null when none is. */
export function findElectronBinary(electronDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const candidate = expectedElectronBinary(electronDir, env);
  return candidate && existsSync(candidate) ? candidate : null;
}
