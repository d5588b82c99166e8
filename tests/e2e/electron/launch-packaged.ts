/**
 * Starts a build of Tend the way a user does and watches its pages over the Chrome DevTools Protocol,
 * for specs that must also run against the packaged app (`npm run dist` → release/).
 *
 * Why not `_electron.launch`: Playwright drives Electron's main process through the Node inspector. It
 * starts the app with `--inspect=0` and waits for "Debugger listening on ws://…" before anything else
 * (playwright-core src/server/electron/electron.ts), and its docs say to keep the nodeCliInspect fuse on
 * (docs/src/electron-api/class-electron.md, "Known issues"). electron-builder.yml turns that fuse off
 * (enableNodeCliInspectArguments: false; Electron docs/tutorial/fuses.md: `--inspect` flags are then not
 * respected), so on the packaged app `_electron.launch` only times out. Chromium's own
 * `--remote-debugging-port` is no fuse's business, so this starts the executable with
 * `--remote-debugging-port=0` and a fresh `--user-data-dir`, reads the port from stderr ("DevTools
 * listening on ws://…") or from DevToolsActivePort in the profile, and attaches with
 * `chromium.connectOverCDP`. Pages only: there is no main process to evaluate in, and in a packaged app
 * TEND_E2E does nothing anyway (electron/main/index.ts checks app.isPackaged).
 */
import { chromium, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import type { Settings } from '../../../electron/core/settings/settings-schema.ts';
import {
  devBuild,
  newProfile,
  removeProfile,
  root,
  runSecondInstance,
  tendArgs,
  tendEnv,
  type TendBuild,
} from './launch-app.ts';

export type { TendBuild } from './launch-app.ts';

/** Which build a Playwright project runs these specs against (playwright.electron.config.mts sets it). */
export interface TendBuildOptions {
  tendBuild: TendBuild['kind'];
}

/**
 * The executable of the packaged app for this OS in `releaseDir`, as electron-builder lays it out:
 * `linux-unpacked/tend` (`linux-arm64-unpacked/…`), `win-unpacked/Tend.exe`, `mac/Tend.app` or
 * `mac-arm64/Tend.app` (…/Contents/MacOS/Tend). A build for this machine's architecture comes first.
 * TEND_PACKAGED_APP, when set, names the executable instead.
 */
export function findPackagedApp(
  releaseDir = join(root, 'release'),
  platform: NodeJS.Platform = process.platform,
  arch = process.arch,
): string | null {
  const override = process.env['TEND_PACKAGED_APP'];
  if (override) return existsSync(override) ? resolve(override) : null;
  if (!existsSync(releaseDir)) return null;
  const folders = readdirSync(releaseDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const candidates: string[] = [];
  if (platform === 'darwin') {
    for (const folder of folders.filter((name) => name === 'mac' || name.startsWith('mac-'))) {
      for (const app of readdirSync(join(releaseDir, folder)).filter((name) => name.endsWith('.app'))) {
        candidates.push(join(releaseDir, folder, app, 'Contents', 'MacOS', basename(app, '.app')));
      }
    }
  } else {
    const executable = platform === 'win32' ? 'Tend.exe' : 'tend';
    for (const folder of folders.filter((name) => name.endsWith('-unpacked')))
      candidates.push(join(releaseDir, folder, executable));
  }
  // electron-builder names x64 folders without the arch (linux-unpacked, mac) and others with it.
  const forThisArch = (path: string): boolean => {
    const folder = basename(dirname(platform === 'darwin' ? join(path, '../../..') : path));
    return arch === 'x64' ? !/-(arm64|armv7l|ia32|universal)/.test(folder) : folder.includes(arch);
  };
  const found = candidates.filter((path) => existsSync(path));
  return found.find(forThisArch) ?? found[0] ?? null;
}

/** The packaged app's app.asar, beside its executable. */
function appAsarOf(executable: string): string {
  return process.platform === 'darwin'
    ? join(dirname(executable), '..', 'Resources', 'app.asar')
    : join(dirname(executable), 'resources', 'app.asar');
}

/** The build a project asks for, or one line saying why it cannot run here. */
export function findBuild(kind: TendBuild['kind']): { build: TendBuild } | { problem: string } {
  if (kind === 'dev') {
    const build = devBuild();
    return build
      ? { build }
      : { problem: 'Electron binary not installed: run `node node_modules/electron/install.js` first' };
  }
  const executable = findPackagedApp();
  if (!executable) return { problem: 'No packaged build in release/: run `npm run dist` first' };
  // A build older than out/ would test yesterday's code: `npm test` rebuilds out/ after `npm run dist`.
  const asar = appAsarOf(executable);
  const built = join(root, 'out', 'main', 'index.cjs');
  if (
    !process.env['TEND_PACKAGED_APP'] &&
    existsSync(asar) &&
    existsSync(built) &&
    statSync(asar).mtimeMs < statSync(built).mtimeMs
  ) {
    return { problem: 'The packaged build in release/ is older than out/: run `npm run dist` again' };
  }
  return { build: { kind: 'packaged', executable, appArgs: [] } };
}

/** Skip reasons already printed: the list reporter shows a skip as a dash, so the reason is printed once. */
const told = new Set<string>();

/**
 * `test` with the build of the project (`tendBuild`, default dev) as the fixture `build`. A build that
 * is not there skips the test with one line saying how to get it; with TEND_REQUIRE_PACKAGED=1 (CI's
 * packaged step) a missing packaged build fails instead.
 */
export const test = base.extend<TendBuildOptions & { build: TendBuild }>({
  tendBuild: ['dev', { option: true }],
  build: async ({ tendBuild }, use, testInfo) => {
    const found = findBuild(tendBuild);
    if ('problem' in found) {
      if (tendBuild === 'packaged' && process.env['TEND_REQUIRE_PACKAGED'] === '1')
        throw new Error(`${found.problem} (TEND_REQUIRE_PACKAGED=1)`);
      if (!told.has(found.problem)) console.log(`skipping the ${tendBuild} build's specs: ${found.problem}`);
      told.add(found.problem);
      testInfo.skip(true, found.problem);
      return;
    }
    await use(found.build);
  },
});

/** A Tend process started by startTend, seen through its pages. */
export interface RunningTend {
  build: TendBuild;
  profile: string;
  process: ChildProcess;
  browser: Browser;
  context: BrowserContext;
  /** Console errors and uncaught exceptions of every Tend page opened since the connection, with its URL. */
  pageErrors: string[];
  /** What the process has written to stderr so far (its last 500 lines). */
  stderr(): string;
  /** Runs `tend <args>` as a second process on the same profile and waits for it to hand over and quit. */
  secondInstance(args: string[]): Promise<number>;
  /** The window showing `route` (`#/settings`, …), waiting up to `timeoutMs` for it to open. */
  page(route: 'break' | 'grounding' | 'settings' | 'welcome', timeoutMs?: number): Promise<Page>;
  /** Disconnects, ends the process and removes the profile. */
  close(): Promise<void>;
}

export interface StartTendOptions {
  /** Tend's command line for this first start. */
  args?: string[];
  /** Extra Electron/Node switches, given before the app path like Playwright's own. */
  switches?: string[];
  /** Start with no config.json (the welcome window shows); by default Tend has run here before. */
  firstRun?: boolean;
  /** How long to wait for the DevTools endpoint. */
  timeoutMs?: number;
  /** Settings on disk at start, over the defaults (English unless a spec asks for another language). */
  settings?: Partial<Settings>;
  /** Extra environment (LANGUAGE=de on Linux: the system's language, as g_get_language_names reads it). */
  env?: Record<string, string>;
}

/** Starts `build` on a fresh profile with `--remote-debugging-port=0` and connects to its pages. */
export async function startTend(build: TendBuild, options: StartTendOptions = {}): Promise<RunningTend> {
  const profile = newProfile();
  if (!options.firstRun)
    writeFileSync(
      join(profile, 'config.json'),
      // English by default, whatever the machine's language: the specs read Tend's English words.
      JSON.stringify({ ...defaultSettings(), firstRunDone: true, language: 'en', ...options.settings }),
    );
  // The same switches as a second instance (tendArgs), plus the debugging port and any extra switches.
  const withSwitches: TendBuild = { ...build, appArgs: [...(options.switches ?? []), ...build.appArgs] };
  const args = tendArgs(withSwitches, profile, ['--remote-debugging-port=0', ...(options.args ?? [])]);
  const child = spawn(build.executable, args, { stdio: ['ignore', 'ignore', 'pipe'], env: tendEnv(options.env) });
  // 'error' (it could not be started) comes instead of 'exit'; the endpoint wait reports it.
  const exited = new Promise<void>((done) => {
    child.once('exit', () => done());
    child.once('error', () => done());
  });
  // Read stderr for the whole run: a full pipe would block the app's next write.
  const log: string[] = [];
  const lines = createInterface({ input: child.stderr });
  lines.on('line', (line) => {
    log.push(line);
    if (log.length > 500) log.shift();
  });

  const stop = async (): Promise<void> => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      child.kill();
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(force);
    }
    removeProfile(profile);
  };

  let browser: Browser;
  try {
    const endpoint = await devToolsEndpoint(child, lines, profile, log, options.timeoutMs ?? 30_000);
    browser = await chromium.connectOverCDP(endpoint, { timeout: 30_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  const context = browser.contexts()[0];
  if (!context) {
    await browser.close();
    await stop();
    throw new Error('no default browser context over CDP');
  }
  const pageErrors: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
  });
  context.on('weberror', (webError) =>
    pageErrors.push(`${webError.page()?.url() ?? '?'}: ${webError.error().message}`),
  );

  return {
    build,
    profile,
    process: child,
    browser,
    context,
    pageErrors,
    stderr: () => log.join('\n'),
    secondInstance: (secondArgs) => runSecondInstance(build, profile, secondArgs),
    page: (route, timeoutMs = 20_000) => pageFor(context, route, timeoutMs),
    async close() {
      // Over CDP, close() lets go of the app; ending it is up to us.
      await Promise.race([browser.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
      await stop();
    },
  };
}

/** The browser endpoint from "DevTools listening on ws://…" on stderr or from <profile>/DevToolsActivePort. */
function devToolsEndpoint(
  child: ChildProcess,
  lines: ReturnType<typeof createInterface>,
  profile: string,
  log: string[],
  timeoutMs: number,
): Promise<string> {
  return new Promise((done, fail) => {
    const onLine = (line: string): void => {
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(line);
      if (match?.[1]) finish(() => done(match[1] ?? ''));
    };
    const activePort = join(profile, 'DevToolsActivePort');
    const poll = setInterval(() => {
      try {
        const [port, path] = readFileSync(activePort, 'utf8').split('\n');
        if (port && path) finish(() => done(`ws://127.0.0.1:${port.trim()}${path.trim()}`));
      } catch {
        // not written yet
      }
    }, 100);
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void =>
      finish(() =>
        fail(
          new Error(
            `Tend exited (${code === null ? `signal ${String(signal)}` : `code ${code}`}) before its DevTools endpoint was up:\n${log.join('\n')}`,
          ),
        ),
      );
    const onError = (error: Error): void =>
      finish(() => fail(new Error(`could not start ${child.spawnfile}: ${error.message}`)));
    const timer = setTimeout(
      () =>
        finish(() =>
          fail(new Error(`no DevTools endpoint from Tend within ${timeoutMs} ms:\n${log.join('\n')}`)),
        ),
      timeoutMs,
    );
    function finish(settle: () => void): void {
      clearInterval(poll);
      clearTimeout(timer);
      lines.off('line', onLine);
      child.off('exit', onExit);
      child.off('error', onError);
      settle();
    }
    lines.on('line', onLine);
    child.once('exit', onExit);
    child.once('error', onError);
    for (const line of log) onLine(line);
  });
}

/** The page whose URL hash is `#/<route>`, once it exists. */
async function pageFor(context: BrowserContext, route: string, timeoutMs: number): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  const hashOf = (url: string): string => {
    try {
      return new URL(url).hash;
    } catch {
      return '';
    }
  };
  for (;;) {
    const page = context.pages().find((p) => hashOf(p.url()) === `#/${route}`);
    if (page) return page;
    if (Date.now() > deadline) {
      const open = context.pages().map((p) => p.url());
      throw new Error(
        `no #/${route} window within ${timeoutMs} ms; open pages: ${open.length ? open.join(', ') : 'none'}`,
      );
    }
    await context.waitForEvent('page', { timeout: 250 }).catch(() => undefined);
  }
}
