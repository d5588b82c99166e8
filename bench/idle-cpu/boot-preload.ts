/**
 * Loaded with `node --import` before the built main bundle (boot-tend.ts starts it): maps
 * `require("electron")` to the stand-in, and counts timer callbacks so that a timer firing when it
 * should not shows up with the delay it was armed for. The parent's "mark" and "report" lines on stdin
 * come just outside the measured window, so they cost it nothing (signals would not do: the bundled
 * when-exit hooks SIGUSR2, SIGTERM and others). The counting wrappers add one call per firing.
 */
import { createRequire, registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import { standInCounts } from './electron-stand-in.ts';

const standInUrl = pathToFileURL(`${import.meta.dirname}/electron-stand-in.ts`).href;
registerHooks({
  resolve: (specifier, context, next) =>
    specifier === 'electron' ? { url: standInUrl, shortCircuit: true } : next(specifier, context),
});
// As when started as `electron out/main/index.cjs`: Tend's own arguments follow the app path.
Reflect.set(process, 'defaultApp', true);

/** What the report says about the measured minute. */
export interface IdleReport {
  seconds: number;
  timeoutsFired: number;
  intervalsFired: number;
  /** The delay (ms) each fired timer was armed with, in firing order (the first 100). */
  delays: number[];
  idleReads: number;
  trayMenus: number;
  windowsAsked: number;
  notifications: number;
  /** Handles and requests keeping the loop alive at the end (process.getActiveResourcesInfo). */
  resources: string[];
}

let fired = { timeout: 0, interval: 0, delays: [] as number[] };
const fire = (kind: 'timeout' | 'interval', ms: unknown): void => {
  fired[kind] += 1;
  if (fired.delays.length < 100) fired.delays.push(Number(ms ?? 0));
};

type TimerArm = (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => unknown;
const timers = createRequire(import.meta.url)('node:timers') as Record<string, unknown>;
for (const [name, kind] of [
  ['setTimeout', 'timeout'],
  ['setInterval', 'interval'],
] as const) {
  const original = Reflect.get(globalThis, name) as TimerArm;
  const counting: TimerArm = (callback, ms, ...args) =>
    original(
      (...given: unknown[]) => {
        fire(kind, ms);
        callback(...given);
      },
      ms,
      ...args,
    );
  // Keeps util.promisify's custom form and the like.
  Object.defineProperties(counting, Object.getOwnPropertyDescriptors(original));
  Reflect.set(globalThis, name, counting);
  timers[name] = counting;
}

let markedAt = performance.now();
// A line on stdin: "mark" starts the measured minute (counts restart), "report" writes what happened since.
process.stdin.setEncoding('utf8').on('data', (lines: string) => {
  for (const line of lines.split('\n')) {
    if (line === 'mark') {
      markedAt = performance.now();
      fired = { timeout: 0, interval: 0, delays: [] };
      for (const key of Object.keys(standInCounts)) Reflect.set(standInCounts, key, 0);
    }
    if (line === 'report') {
      const report: IdleReport = {
        seconds: (performance.now() - markedAt) / 1000,
        timeoutsFired: fired.timeout,
        intervalsFired: fired.interval,
        delays: fired.delays,
        ...standInCounts,
        resources: process.getActiveResourcesInfo(),
      };
      process.stdout.write(`tend-idle-cpu report ${JSON.stringify(report)}\n`);
    }
  }
});
process.stdout.write(`tend-idle-cpu pid ${process.pid}\n`);
