/**
 * Composition root: Tend's start. The command line, the single-instance lock (a second `tend …` hands
 * its arguments over and quits), app-wide guards, then, once the app is ready, the wiring (wire-tend.ts).
 * The break engine runs in engine-controller.ts; tests may pass a stand-in through `options.controller`.
 */
import { app, protocol } from 'electron';
import { commandLineUsage, parseCommandLine } from '../../core/command-line.ts';
import type { TendCommand } from '../../core/tend-command.ts';
import { secondInstanceArgs, userArgs, type Handover } from './command-line-input.ts';
import { hardenWebContents } from '../windows/harden-web-contents.ts';
import { claimOsIdentity } from './os-identity.ts';
import { registerRendererScheme } from '../renderer-scheme/register-scheme.ts';
import type { StartOptions } from './tend-runtime.ts';
import { wireTend } from './wire-tend.ts';
import { applyLocale, localeForSetting } from './app-language.ts';

export type { StartOptions, TendRuntime } from './tend-runtime.ts';

/** Starts Tend in this process, or hands its arguments to the running instance and quits. */
export function startTend(options: StartOptions): void {
  // Before anything else: Electron accepts privileged schemes only before the app is ready.
  registerRendererScheme(protocol);
  claimOsIdentity(app, options.platform ?? process.platform);
  // Electron's types say boolean, but the flag is absent (undefined) in a packaged app.
  const defaultAppFlag: unknown = Reflect.get(process, 'defaultApp');
  const defaultApp = options.defaultApp ?? defaultAppFlag === true;
  const print = options.print ?? ((line: string) => void process.stderr.write(`${line}\n`));
  // The command line's words in the system's language: the settings are read only once the app is ready.
  applyLocale(localeForSetting('system', () => app.getPreferredSystemLanguages()));
  const args = userArgs(options.argv ?? process.argv, defaultApp);
  const parsed = parseCommandLine(args);
  for (const problem of parsed.problems) print(problem);
  if (parsed.help || parsed.problems.length > 0) print(commandLineUsage());
  if (parsed.help) {
    app.quit();
    return;
  }
  if (!app.requestSingleInstanceLock({ tendArgs: args } satisfies Handover)) {
    app.quit();
    return;
  }
  hardenWebContents(app);
  // A tray app keeps running with no windows open.
  app.on('window-all-closed', () => {});

  let runtime: ReturnType<typeof wireTend> | null = null;
  const pending: (TendCommand | 'reopen')[] = [...parsed.commands];
  app.on('second-instance', (_event, argv, _cwd, additionalData) => {
    const next = parseCommandLine(secondInstanceArgs(argv, additionalData, defaultApp));
    for (const problem of next.problems) runtime?.logger.warn(`command line: ${problem}`);
    // Started again with nothing to do (from the app grid or a launcher): Settings, or on a desktop
    // without a tray host (stock GNOME) the home window with the tray menu's choices (wire-tend.ts).
    const commands = next.commands.length === 0 && next.problems.length === 0 ? (['reopen'] as const) : next.commands;
    pending.push(...commands);
    if (runtime) carryOut(runtime);
  });

  const carryOut = (running: ReturnType<typeof wireTend>): void => {
    for (const command of pending.splice(0)) {
      if (command === 'reopen') running.reopen();
      else running.run(command);
    }
  };
  void app.whenReady().then(() => {
    runtime = wireTend(options, defaultApp);
    carryOut(runtime);
    options.onReady?.(runtime);
  });
}
