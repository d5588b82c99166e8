/**
 * Settings writes, coalesced. A change applies in memory at once (get() and the change listeners see
 * it straight away, so the engine and every window do), while the file is written at most once every
 * `intervalMs`: the first change after a quiet spell is written at once, later ones within the interval
 * are written together when it ends, and flush() (at quit) writes whatever is still waiting. A page that
 * sends 10,000 changes causes a few writes, not 10,000, and the last change is never lost.
 *
 * It wraps the store rather than changing it: the store keeps its own rules for damaged, unreadable and
 * unwritable files (settings-store.ts); this only decides when its set() is called.
 */
import type { Settings } from '../../core/settings/settings-schema.ts';
import type { SettingsStore } from './settings-store.ts';

interface CoalesceOptions {
  now: () => number;
  /** The shortest time between two writes of the file. */
  intervalMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Half a second: quick enough that a change is on disk before anyone could quit, slow enough to absorb a flood. */
const settingsWriteIntervalMs = 500;

const same = (a: Settings, b: Settings): boolean => JSON.stringify(a) === JSON.stringify(b);

/** `store` with set() applied in memory at once and written at most every `intervalMs`. */
export function coalesceSettingsWrites(store: SettingsStore, options: CoalesceOptions): SettingsStore {
  const intervalMs = options.intervalMs ?? settingsWriteIntervalMs;
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const clearTimer =
    options.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const listeners = new Set<(next: Settings, previous: Settings) => void>();
  let current = store.get();
  let waiting = false;
  let timer: unknown = null;
  let lastWrite = Number.NEGATIVE_INFINITY;

  const write = (): void => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (!waiting) return;
    waiting = false;
    lastWrite = options.now();
    store.set(current);
  };

  const schedule = (): void => {
    waiting = true;
    if (timer !== null) return;
    // Never more than one interval away, even if the clock was set back since the last write.
    const wait = Math.min(intervalMs, lastWrite + intervalMs - options.now());
    if (wait <= 0) write();
    else timer = setTimer(write, wait);
  };

  return {
    ...store,
    get: () => current,
    set(next) {
      const previous = current;
      const changed = !same(next, previous);
      // Unchanged and nothing owed to the file: nothing to do (an unsaved file is retried by the store's own set).
      if (!changed && !waiting && store.persistence() === 'file') return;
      current = next;
      schedule();
      if (!changed) return;
      for (const listener of [...listeners]) listener(next, previous);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush() {
      write();
      store.flush();
    },
  };
}
