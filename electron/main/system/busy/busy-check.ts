/**
 * Main's side of "don't interrupt me" (issue #16): when the engine asks (its checkBusy effect), read the
 * signals the user has on, all at once, and say whether the moment is busy; remember the last time a
 * signal held a break back, for the settings window's "Why no break?". Nothing here runs between
 * asks: no timer, no watcher.
 */
import { busySignals, verdictOf, type BusyReading, type BusySignal, type ReadSignal } from '../../../core/busy/busy-signal.ts';
import type { BusyStatus } from '../../../core/ipc-contract.ts';
import type { Settings } from '../../../core/settings/settings-schema.ts';
import type { Logger } from '../../app/logger.ts';

export interface BusyCheckOptions {
  /** One reader per signal for this platform (busy-readers.ts). */
  readers: Record<BusySignal, ReadSignal>;
  /** Which signals the user has on, read at each check. */
  enabled: () => Settings['dontInterrupt'];
  now: () => number;
  logger: Logger;
}

export interface BusyCheck {
  /** Reads the enabled signals now: true when any says busy (unknown never holds a break). */
  check(): Promise<boolean>;
  /** Each signal's state now (off, on and readable, or unknown here) and the last hold. */
  status(): Promise<BusyStatus>;
}

/** The busy check over `readers`. */
export function createBusyCheck(options: BusyCheckOptions): BusyCheck {
  let lastHeld: BusyStatus['lastHeld'] = null;
  let wasBusy = false;

  /** The enabled signals' readings; a reader that breaks its promise never to reject reads unknown. */
  async function read(): Promise<Partial<Record<BusySignal, BusyReading>>> {
    const on = options.enabled();
    const names = busySignals.filter((name) => on[name]);
    const readings = await Promise.all(
      names.map((name) =>
        options.readers[name]().catch((error: unknown) => {
          options.logger.warn(`busy: reading ${name} failed`, error);
          return 'unknown' as const;
        }),
      ),
    );
    return Object.fromEntries(names.map((name, i) => [name, readings[i]]));
  }

  return {
    async check() {
      const verdict = verdictOf(await read());
      if (verdict.signal) lastHeld = { at: options.now(), signal: verdict.signal };
      // One line when a hold begins, not one a minute while it lasts.
      if (verdict.busy && !wasBusy) options.logger.info(`busy: a break waits for a quieter moment (${verdict.signal ?? ''})`);
      wasBusy = verdict.busy;
      return verdict.busy;
    },
    async status() {
      const readings = await read();
      const signals = busySignals.map((signal) => {
        const reading = readings[signal];
        const state = reading === undefined ? 'off' : reading === 'unknown' ? 'unknown' : 'on';
        return { signal, state } as const;
      });
      return { signals, lastHeld };
    },
  };
}
