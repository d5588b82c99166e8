/**
 * "Don't interrupt me" (issue #16): the signals that make a moment a bad one for a timed offer, and what
 * one reading of a signal can say. A platform with no reliable reading says 'unknown' and never pretends.
 */

/** Do Not Disturb or Focus; a full-screen app or presentation in front; a camera or microphone in use. */
export const busySignals = ['doNotDisturb', 'fullScreen', 'call'] as const;
export type BusySignal = (typeof busySignals)[number];

/** One signal's reading now: 'unknown' when this machine offers no reliable reading (or it failed). */
export type BusyReading = 'busy' | 'clear' | 'unknown';

/** Reads one signal on demand; never rejects (any failure resolves 'unknown'). */
export type ReadSignal = () => Promise<BusyReading>;

/** What one check found: busy when any enabled signal said so, and the first that did. */
export interface BusyVerdict {
  readonly busy: boolean;
  readonly signal: BusySignal | null;
}

/** The verdict of several readings, in busySignals order: busy when any reads busy; unknown never blocks. */
export function verdictOf(readings: Partial<Record<BusySignal, BusyReading>>): BusyVerdict {
  const signal = busySignals.find((name) => readings[name] === 'busy') ?? null;
  return { busy: signal !== null, signal };
}
