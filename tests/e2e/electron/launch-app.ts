/** Launches the built Tend under a real Electron for the `_electron` specs, in a throwaway profile. */
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../../support/electron-binary.ts';

export const root = resolve(import.meta.dirname, '../../..');

/** Starts out/main/index.cjs with a fresh user-data folder; extra args go to Tend's command line. */
export async function launchApp(args: string[] = []): Promise<ElectronApplication> {
  const executablePath = findElectronBinary(root);
  if (!executablePath) throw new Error('Electron binary not installed');
  const userData = mkdtempSync(join(tmpdir(), 'tend-e2e-'));
  return electron.launch({
    executablePath,
    args: [join(root, 'out/main/index.cjs'), `--user-data-dir=${userData}`, ...args],
  });
}
