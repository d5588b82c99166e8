/**
 * Launches the built Tend (out/main/index.cjs) under a real Electron for the `_electron` specs, in a
 * throwaway profile (--user-data-dir), with TEND_E2E=1 so the specs can read the running app's handles
 * (globalThis.__tend in main: see electron/main/index.ts). A second `tend …` is a real second process
 * on the same profile, so it goes through the single-instance lock like the user's would.
 */
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TendRuntime } from '../../../electron/main/start-tend.ts';
import { findElectronBinary } from '../../support/electron-binary.ts';

export const root = resolve(import.meta.dirname, '../../..');
const mainScript = join(root, 'out/main/index.cjs');

function electronBinary(): string {
  const executablePath = findElectronBinary(root);
  if (!executablePath) throw new Error('Electron binary not installed');
  return executablePath;
}

/** A new empty profile folder. */
export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'tend-e2e-'));
}

/** Starts out/main/index.cjs with `userDataDir` (a fresh one by default); extra args go to Tend's command line. */
export async function launchApp(args: string[] = [], userDataDir = newProfile()): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: electronBinary(),
    args: [mainScript, `--user-data-dir=${userDataDir}`, ...args],
    env: { ...process.env, TEND_E2E: '1' },
  });
}

declare global {
  /** Tend's runtime handles in the main process of an e2e run (electron/main/index.ts). */
  var __tend: TendRuntime | undefined;
}

/** Waits until Tend has wired itself (its handles are on globalThis.__tend in main). */
export async function waitForTend(app: ElectronApplication): Promise<void> {
  await app.evaluate(async () => {
    for (let i = 0; i < 400 && !globalThis.__tend; i++) await new Promise((r) => setTimeout(r, 25));
    if (!globalThis.__tend) throw new Error('Tend did not start (is TEND_E2E=1 reaching main?)');
  });
}

/** Runs `tend <args>` as a second process on the same profile and waits for it to hand over and quit. */
export function secondInstance(userDataDir: string, args: string[]): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = spawn(electronBinary(), [mainScript, `--user-data-dir=${userDataDir}`, ...args], { stdio: 'ignore' });
    child.once('error', fail);
    child.once('exit', (code) => done(code));
  });
}

/** Closes the app and removes its profile. */
export async function closeApp(app: ElectronApplication, userDataDir?: string): Promise<void> {
  await app.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
}
