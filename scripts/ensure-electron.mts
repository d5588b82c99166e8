/**
 * Makes sure Electron's binary is installed before `npm start`, `npm run dev` and the Electron tests.
 * Electron's npm package no longer fetches it at install time but on the first require('electron'), which
 * electron-vite never does (it reads node_modules/electron/path.txt and stops with "Electron uninstall").
 * So this fetches it up front with the package's own install.js, or says in one line what is missing and
 * how to get it. `tsx scripts/ensure-electron.mts` exits 0 when the binary is there, 1 when not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { expectedElectronBinary, findElectronBinary } from './electron-binary.mts';

/** How a run of install.js went: whether it worked and, when not, the first line of what it said. */
export interface InstallOutcome {
  ok: boolean;
  error?: string;
}

/** Where Electron's package is, the environment, and how to run its install.js and tell progress. */
interface EnsureElectronOptions {
  /** Electron's npm package: node_modules/electron. */
  electronDir: string;
  env?: NodeJS.ProcessEnv;
  runInstall?: (installScript: string, env: NodeJS.ProcessEnv) => InstallOutcome;
  /** Progress: that a download starts and where the binary went. Problems are returned instead. */
  print?: (line: string) => void;
}

/** The installed binary, or one line saying what is missing and how to get it. */
type EnsureElectronResult = { ok: true; binary: string } | { ok: false; problem: string };

const MISSING = 'Electron binary not installed';

/** The binary of the package in `electronDir`, fetched with its install.js when missing and allowed. */
export function ensureElectron(options: EnsureElectronOptions): EnsureElectronResult {
  const { electronDir, env = process.env, runInstall = runInstallScript, print = console.log } = options;
  const installed = findElectronBinary(electronDir, env);
  if (installed) return { ok: true, binary: installed };

  const dist = shown(join(electronDir, 'dist'));
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  // index.js never downloads into an override folder, and install.js would extract into dist/ anyway.
  if (override) {
    const expected = expectedElectronBinary(electronDir, env) ?? override;
    return fail(
      `${MISSING}: ELECTRON_OVERRIDE_DIST_PATH names ${expected}, which does not exist; point it at an unpacked Electron or unset it`,
    );
  }
  const installScript = join(electronDir, 'install.js');
  if (!existsSync(installScript)) {
    return fail(`${MISSING}: there is no Electron package in ${shown(electronDir)}; run \`npm install\``);
  }
  if (env['ELECTRON_SKIP_BINARY_DOWNLOAD']) {
    return fail(
      `${MISSING}: ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it is not downloaded; unset it or run \`npx install-electron\` to fetch it into ${dist}`,
    );
  }

  const electron = electronRelease(electronDir);
  print(`Fetching the ${electron} binary into ${dist} (first run only)…`);
  const outcome = runInstall(installScript, env);
  const binary = findElectronBinary(electronDir, env);
  if (outcome.ok && binary) {
    print(`Electron binary installed: ${shown(binary)}`);
    return { ok: true, binary };
  }
  const why = outcome.ok ? 'install.js left no binary behind' : (outcome.error ?? 'install.js failed');
  return fail(
    `${MISSING}: downloading ${electron} failed (${why}); when online, run \`npx install-electron\` to fetch it into ${dist}`,
  );
}

/** Runs install.js in a child Node: its stdout is the user's; its stderr is kept so a failure is one line, not its stack trace. */
function runInstallScript(installScript: string, env: NodeJS.ProcessEnv): InstallOutcome {
  const run = spawnSync(process.execPath, [installScript], {
    env,
    encoding: 'utf8',
    stdio: ['inherit', 'inherit', 'pipe'],
  });
  if (run.status === 0) {
    process.stderr.write(run.stderr);
    return { ok: true };
  }
  const error = firstLine(run.stderr) ?? run.error?.message ?? `exit ${String(run.status ?? run.signal)}`;
  return { ok: false, error };
}

/** The first line of `text` that is not a stack frame, shortened. */
function firstLine(text: string): string | undefined {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at '));
  return line && line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** "Electron 45.4.1", from the package's package.json; just "Electron" when it cannot be read. */
function electronRelease(electronDir: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? `Electron ${pkg.version}` : 'Electron';
  } catch {
    return 'Electron';
  }
}

/** `path` relative to the working folder when it is inside it, so messages stay short. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function fail(problem: string): EnsureElectronResult {
  return { ok: false, problem };
}

/** True when this file is the script node was started with, not a module someone imported. */
function isEntry(): boolean {
  try {
    return (
      process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(import.meta.filename)
    );
  } catch {
    return false;
  }
}

if (isEntry()) {
  // npm runs scripts in the package root, whose node_modules/electron electron-vite uses too.
  const result = ensureElectron({ electronDir: join(process.cwd(), 'node_modules', 'electron') });
  if (!result.ok) {
    console.error(result.problem);
    process.exit(1);
  }
}
