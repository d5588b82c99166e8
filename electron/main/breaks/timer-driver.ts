/**
 * The one timer. The engine asks to be woken at certain times (a tick, the next idle sample); the driver
 * keeps exactly one setTimeout armed for the earliest of them and replaces it when requests change.
 * Long delays are clamped to setTimeout's limit (about 24.8 days) and re-armed on the early wake-up.
 * Every wake-up is counted, for the benchmark's wake-ups-per-hour budget.
 *
 * Requests are wall-clock instants, but setTimeout measures elapsed time. When the timer fires, what it
 * was armed for is due even if the wall clock was set back meanwhile (else one backwards jump of an hour
 * would silently add an hour to every wait); the engine makes sense of the odd time it is handed.
 */

/** setTimeout's largest delay; longer ones fire at once in Node and Electron. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/** The timer functions the driver uses (injectable; tests use vitest's fake timers instead). */
interface TimerFunctions {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

interface TimerDriverOptions<S extends string> {
  /** Wall-clock time in ms. */
  now: () => number;
  /** Called with the requests that are due (never an empty list). */
  onDue: (due: S[], now: number) => void;
  onError?: (error: unknown) => void;
  timers?: TimerFunctions;
}

/** One armed timer serving named requests ("slots"). */
export interface TimerDriver<S extends string> {
  /** Requests a wake-up for `slot` at `at` (ms), replacing its earlier request; null cancels it. */
  set(slot: S, at: number | null): void;
  /** Cancels every request. */
  clear(): void;
  /** When the armed timer is due, or null when none is armed. */
  armedFor(): number | null;
  /** How many times the timer has fired since start. */
  wakeups(): number;
  dispose(): void;
}

const globalTimers: TimerFunctions = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A driver with nothing armed. */
export function createTimerDriver<S extends string>(options: TimerDriverOptions<S>): TimerDriver<S> {
  const timers = options.timers ?? globalTimers;
  const requests = new Map<S, number>();
  let handle: unknown = null;
  let armedAt: number | null = null;
  // Armed for less than the full delay (setTimeout's limit): the early wake-up only re-arms.
  let clamped = false;
  let count = 0;
  let firing = false;

  function disarm(): void {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
    armedAt = null;
  }

  function rearm(): void {
    if (firing) return;
    let earliest: number | null = null;
    for (const at of requests.values()) if (earliest === null || at < earliest) earliest = at;
    if (earliest === armedAt && handle !== null) return;
    disarm();
    if (earliest === null) return;
    const wanted = Math.max(0, earliest - options.now());
    const delay = Math.min(wanted, MAX_TIMER_DELAY_MS);
    clamped = delay < wanted;
    armedAt = earliest;
    handle = timers.setTimeout(fire, delay);
  }

  function fire(): void {
    const armedFor = clamped ? null : armedAt;
    handle = null;
    armedAt = null;
    count += 1;
    const now = options.now();
    const due = [...requests].filter(([, at]) => at <= now || at === armedFor).map(([slot]) => slot);
    for (const slot of due) requests.delete(slot);
    if (due.length > 0) {
      // Requests made by onDue are collected, then one timer is armed for all of them.
      firing = true;
      try {
        options.onDue(due, now);
      } catch (error) {
        options.onError?.(error);
      } finally {
        firing = false;
      }
    }
    rearm();
  }

  return {
    set(slot, at) {
      if (at === null || !Number.isFinite(at)) requests.delete(slot);
      else requests.set(slot, at);
      rearm();
    },
    clear() {
      requests.clear();
      rearm();
    },
    armedFor: () => armedAt,
    wakeups: () => count,
    dispose() {
      requests.clear();
      disarm();
    },
  };
}
