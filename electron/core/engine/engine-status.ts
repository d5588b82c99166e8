/**
 * The tray's status model. "Next break in about N min" moves in coarse steps so the tray is not
 * rebuilt every minute: N is the nearest 5 while more than 5 minutes remain (about 45, 40, …, 5), then
 * each minute (4, 3, 2, 1). The engine wakes at each step, which it does anyway to sample idle.
 */
import { heldByBusy } from './busy-moment.ts';
import type { Durations } from './engine-timing.ts';
import type { EngineState, EngineStatus } from './engine-types.ts';
import { dueWorkMs, isPresent } from './engine-transitions.ts';
import type { LocalTime } from './local-time.ts';
import { DAY_MS, MINUTE_MS } from './wall-clock.ts';

const FIVE_MIN = 5 * MINUTE_MS;

/** Minutes shown for `remainingMs` of work to go: nearest 5 while above 5 min, then the minute. */
export function coarseMinutes(remainingMs: number): number {
  if (remainingMs <= 0) return 0;
  if (remainingMs <= FIVE_MIN) return Math.ceil(remainingMs / MINUTE_MS);
  return 5 * Math.ceil((remainingMs - FIVE_MIN / 2) / FIVE_MIN);
}

/** How much sooner than `remainingMs` the coarse minutes next change (always > 0). */
export function untilCoarseChange(remainingMs: number): number {
  let below: number;
  if (remainingMs > 1.5 * FIVE_MIN)
    below = Math.ceil((remainingMs - FIVE_MIN / 2) / FIVE_MIN) * FIVE_MIN - FIVE_MIN / 2;
  else if (remainingMs > 4 * MINUTE_MS) below = 4 * MINUTE_MS;
  else below = (Math.ceil(remainingMs / MINUTE_MS) - 1) * MINUTE_MS;
  return remainingMs - Math.max(0, below);
}

/** Local calendar days from `from` to `to` (0: the same day). */
function localDaysBetween(localTime: Pick<LocalTime, 'offsetMs'>, from: number, to: number): number {
  const day = (t: number): number => Math.floor((t + localTime.offsetMs(t)) / DAY_MS);
  return day(to) - day(from);
}

/** The status at `now`, and when it would next change by itself (null: only events change it). */
export function statusOf(
  s: EngineState,
  now: number,
  d: Durations,
  localTime: LocalTime,
): { status: EngineStatus; changesAt: number | null } {
  const fixed = (status: EngineStatus): { status: EngineStatus; changesAt: null } => ({
    status,
    changesAt: null,
  });
  if (s.phase.kind === 'break') return fixed({ kind: 'on-break' });
  if (s.phase.kind === 'offer') return fixed({ kind: 'offer-showing' });
  if (s.pause) {
    const until = s.pause.until;
    if (until === null) return fixed({ kind: 'paused-until-resumed' });
    // "tomorrow at 00:20" becomes "00:20" at midnight, so the line changes when the day does.
    const daysAhead = localDaysBetween(localTime, now, until);
    const status: EngineStatus = { kind: 'paused', until, daysAhead };
    return { status, changesAt: daysAhead > 0 ? localTime.startOfNextLocalDay(now) : null };
  }
  if (!s.hours.inside) return fixed({ kind: 'outside-hours', startsAt: s.hours.changeAt });
  if (!isPresent(s.presence)) return fixed({ kind: 'away' });
  if (s.phase.kind === 'waiting') return fixed({ kind: heldByBusy(s) ? 'held' : 'break-soon' });
  const remaining = Math.max(0, dueWorkMs(s, d) - s.workMs);
  return {
    status: { kind: 'next-break', minutes: coarseMinutes(remaining) },
    changesAt: now + untilCoarseChange(remaining),
  };
}

/** True when two status models would read the same. */
export function sameStatus(a: EngineStatus, b: EngineStatus): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
