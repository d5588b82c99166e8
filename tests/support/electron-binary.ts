/**
 * Finds an installed Electron binary without triggering a download, for the `_electron` specs. The
 * lookup itself lives in scripts/electron-binary.mts, shared with `npm start` and the Electron test step.
 */
import { join, resolve } from 'node:path';
import { findElectronBinary as findIn } from '../../scripts/electron-binary.mts';

/** Absolute path of the Electron executable under `root`'s node_modules, or null when none is installed. */
export function findElectronBinary(root = resolve(import.meta.dirname, '../..')): string | null {
  return findIn(join(root, 'node_modules', 'electron'));
}
