/**
 * "Don't interrupt me" (issue #16): a due offer first asks whether the moment is busy (Do Not Disturb, a
 * full-screen app or presentation, a call). Nothing is asked between breaks; while the moment stays busy
 * the offer is held and asked about again at most once a minute; an answer that never comes counts as
 * not busy; a break held for very long is let go quietly, as a fresh interval with nothing counted.
 */
import { BUSY_ANSWER_MS, BUSY_MAX_WAIT_MS, BUSY_RECHECK_MS } from './engine-timing.ts';
import type { EngineEffect, EngineState } from './engine-types.ts';
import { freshInterval } from './engine-transitions.ts';

/**
 * A waiting state whose moment is not yet known to be quiet, settled at `now`: the wait for a typing lull
 * begins (lullSince) once the moment is quiet, a check is asked for when one is due, or the break goes.
 */
export function settleMoment(s: EngineState, now: number, checksBusy: boolean, out: EngineEffect[]): EngineState {
  const w = s.phase;
  if (w.kind !== 'waiting' || w.lullSince !== null) return s;
  const quiet = (): EngineState => ({ ...s, phase: { ...w, lullSince: now } });
  if (!checksBusy) return quiet();
  const check = s.busyCheck;
  if (check?.pending) {
    if (now < check.askedAt + BUSY_ANSWER_MS) return s;
    return { ...quiet(), busyCheck: { ...check, pending: false, answer: 'quiet' } };
  }
  if (check && now < check.askedAt + BUSY_RECHECK_MS) return check.answer === 'quiet' ? quiet() : s;
  // Held long enough: let it go without a word (no "missed" anywhere) and count a fresh interval.
  if (check?.answer === 'busy' && now >= w.since + BUSY_MAX_WAIT_MS) return freshInterval({ ...s, phase: { kind: 'counting' } });
  out.push({ type: 'checkBusy' });
  // The last answer stays until the new one comes, so the tray line does not flicker between checks.
  return { ...s, busyCheck: { askedAt: now, pending: true, answer: check?.answer ?? null } };
}

/** True while a due offer is held back because the last check said the moment is busy. */
export function heldByBusy(s: EngineState): boolean {
  return s.phase.kind === 'waiting' && s.phase.lullSince === null && s.busyCheck?.answer === 'busy';
}

/** When a waiting state whose moment is not yet quiet next needs a tick: an answer's deadline or the next check. */
export function momentWakeAt(s: EngineState): number | null {
  const w = s.phase;
  const check = s.busyCheck;
  if (w.kind !== 'waiting' || w.lullSince !== null || check === null) return null;
  if (check.pending) return check.askedAt + BUSY_ANSWER_MS;
  return Math.min(check.askedAt + BUSY_RECHECK_MS, w.since + BUSY_MAX_WAIT_MS);
}
