/**
 * Launches the built Tend (out/main/index.cjs) under a real Electron for the `_electron` specs, in a
 * throwaway profile (--user-data-dir), with TEND_E2E=1 so the specs can read the running app's handles
 * (globalThis.__tend in main: see electron/main/index.ts). A second `tend …` is a real second process
 * on the same profile, so it goes through the single-instance lock like the user's would, and it gets
 * the same Chromium switches as the first process (electronSwitches).
 */
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TendRuntime } from '../../../electron/main/app/start-tend.ts';
import { findElectronBinary } from '../../support/electron-binary.ts';

export const root = resolve(import.meta.dirname, '../../..');
const mainScript = join(root, 'out/main/index.cjs');

/**
 * The Chromium switches every Tend process a spec starts gets: the first one and every second instance,
 * dev build and packaged build alike, so a second `tend …` runs the way the first one does.
 *
 * On Linux, Playwright's `_electron.launch` puts --no-sandbox in front of the first process's arguments
 * unless `chromiumSandbox` is set (playwright-core src/server/electron/electron.ts `Electron.launch`, since
 * microsoft/playwright#38997; before that only when running as root, #3747), and nothing in front of a
 * process a test spawns itself. Without it a second instance dies before it can hand over: neither
 * node_modules/electron/dist/chrome-sandbox nor an unpacked build's is setuid root, and Ubuntu 23.10+ (so
 * GitHub's ubuntu-latest) blocks the unprivileged user namespaces Chromium's other sandbox needs
 * (electron/electron#42510). Passing the list to `_electron.launch` as well keeps the two launches equal
 * whatever a Playwright release decides (its indexOf check does not add the switch twice).
 */
export const electronSwitches: readonly string[] = process.platform === 'linux' ? ['--no-sandbox'] : [];

/** How to start one build of Tend: its executable and what comes before Tend's own arguments. */
export interface TendBuild {
  kind: 'dev' | 'packaged';
  executable: string;
  /** For the dev build, the main script (Electron's app path); nothing for a packaged build. */
  appArgs: string[];
}

/** The dev build (out/) under node_modules' Electron, or null when its binary is not installed. */
export function devBuild(): TendBuild | null {
  const executable = findElectronBinary(root);
  return executable ? { kind: 'dev', executable, appArgs: [mainScript] } : null;
}

function requireDevBuild(): TendBuild {
  const build = devBuild();
  if (!build) throw new Error('Electron binary not installed');
  return build;
}

/** The full argument list for a Tend process of `build` on the profile `userDataDir`. */
export function tendArgs(build: TendBuild, userDataDir: string, args: readonly string[]): string[] {
  return [...electronSwitches, ...build.appArgs, `--user-data-dir=${userDataDir}`, ...args];
}

/** The environment for a Tend process: no variables that would change what Electron or Tend run. */
export function tendEnv(extra: Record<string, string> = {}): Record<string, string> {
  // ELECTRON_RUN_AS_NODE turns an unfused Electron into plain Node ("bad option: --remote-debugging-port"),
  // NODE_OPTIONS reaches its Node, and ELECTRON_RENDERER_URL would load pages from a dev server.
  const dropped = new Set(['ELECTRON_RUN_AS_NODE', 'NODE_OPTIONS', 'ELECTRON_RENDERER_URL']);
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined && !dropped.has(name)) env[name] = value;
  return { ...env, ...extra };
}

/** A new empty profile folder. */
export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'tend-e2e-'));
}

/** Removes a profile folder; retried, since on Windows a helper process may hold a file for a moment after exit. */
export function removeProfile(userDataDir: string): void {
  try {
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (error) {
    console.warn(`could not remove the test profile ${userDataDir}: ${String(error)}`);
  }
}

/** Starts out/main/index.cjs with `userDataDir` (a fresh one by default); extra args go to Tend's command line. */
export async function launchApp(
  args: string[] = [],
  userDataDir = newProfile(),
): Promise<ElectronApplication> {
  const build = requireDevBuild();
  return electron.launch({
    executablePath: build.executable,
    args: tendArgs(build, userDataDir, args),
    env: tendEnv({ TEND_E2E: '1' }),
    timeout: 30_000,
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

/**
 * Runs `tend <args>` of `build` as a second process on the profile `userDataDir` and waits for it to hand
 * its arguments over and quit. Fails when it exits with an error (a sandbox abort, a crash) or is still
 * running after `timeoutMs` (it did not find the first instance's lock), with the end of its stderr.
 */
export function runSecondInstance(
  build: TendBuild,
  userDataDir: string,
  args: string[],
  timeoutMs = 30_000,
): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(build.executable, tendArgs(build, userDataDir, args), {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: tendEnv(),
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    const what = `second instance \`tend ${args.join(' ')}\``;
    const timer = setTimeout(() => {
      child.kill();
      fail(
        new Error(
          `${what} still running after ${timeoutMs} ms (no hand-over to the first instance?)\n${stderr}`,
        ),
      );
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) done(code);
      else
        fail(
          new Error(
            `${what} exited with ${code === null ? `signal ${String(signal)}` : `code ${code}`}\n${stderr}`,
          ),
        );
    });
  });
}

/** Runs `tend <args>` of the dev build as a second process on the same profile (see runSecondInstance). */
export function secondInstance(userDataDir: string, args: string[]): Promise<number> {
  return runSecondInstance(requireDevBuild(), userDataDir, args);
}

/** Closes the app and removes its profile. */
export async function closeApp(app: ElectronApplication, userDataDir?: string): Promise<void> {
  await app.close();
  if (userDataDir) removeProfile(userDataDir);
}
