/**
 * Every timer wake-up of the main process, not only the break timer's. launchTend fakes setTimeout
 * (vitest's fake time); this wraps the fake, once it is in place, so each callback that fires is noted
 * with its instant. Callbacks due at the same instant run in one pass of the event loop, so the wake-ups
 * are the distinct instants. setInterval is not faked: every call to it is counted instead (main has
 * none; one would show here). Neither the fake electron nor the bench harness arms a timer, so every
 * one counted was armed by main's code or a library it uses.
 */
import type { LaunchOptions } from '../../harness/launch-tend.ts';

/** Timer activity in the process from the moment `install` ran. */
export interface TimerWakeups {
  /** For launchTend's `before`: wraps the faked setTimeout and the real setInterval. */
  install: NonNullable<LaunchOptions['before']>;
  /** Puts setInterval back (the harness's cleanup puts the real setTimeout back). */
  uninstall(): void;
  /** Distinct instants at which a timer callback ran. */
  wakeups(): number;
  /** Calls to setInterval (never faked, so any would run in real time). */
  intervals(): number;
}

/** A counter to hand to launchTend as `before`. */
export function countTimerWakeups(): TimerWakeups {
  const instants = new Set<number>();
  let intervals = 0;
  const realInterval = globalThis.setInterval;
  return {
    install() {
      const faked = globalThis.setTimeout;
      const wrapped = (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): unknown =>
        faked(() => {
          instants.add(Date.now());
          callback(...args);
        }, ms);
      const counted = (...call: Parameters<typeof setInterval>): unknown => {
        intervals += 1;
        return realInterval(...call);
      };
      // The fake's own clearTimeout takes the handle back; useRealTimers puts the real ones back.
      globalThis.setTimeout = wrapped as unknown as typeof setTimeout;
      globalThis.setInterval = counted as unknown as typeof setInterval;
    },
    uninstall() {
      globalThis.setInterval = realInterval;
    },
    wakeups: () => instants.size,
    intervals: () => intervals,
  };
}
