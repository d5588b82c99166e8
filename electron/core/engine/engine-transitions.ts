/** Small state transitions shared by the engine's stages: breaks, absences, offers going away. */
import type { Durations } from './engine-timing.ts';
import type { EngineEffect, EngineState, Presence } from './engine-types.ts';

/** True while the user is at the machine (not locked, asleep or long idle). */
export function isPresent(presence: Presence): boolean {
  return presence.awaySince === null;
}

/** True when time passing now counts as work: running, inside hours, present and not on a break. */
function countsWork(s: EngineState): boolean {
  return s.pause === null && s.hours.inside && isPresent(s.presence) && s.phase.kind !== 'break';
}

/** True when a timed offer may be up: running, inside hours and present. */
export function canOffer(s: EngineState): boolean {
  return s.pause === null && s.hours.inside && isPresent(s.presence);
}

/** The work time at which the next offer is due. */
export function dueWorkMs(s: EngineState, d: Durations): number {
  return s.countFromMs + (s.dueAfter === 'interval' ? d.intervalMs : d.snoozeMs);
}

/** A break happened (taken, natural, or a fresh start): the count starts again from zero. */
export function freshInterval(s: EngineState): EngineState {
  return { ...s, workMs: 0, countFromMs: 0, dueAfter: 'interval' };
}

/** Not now: the next offer after a snooze's worth of work. */
export function snoozed(s: EngineState): EngineState {
  return { ...s, countFromMs: s.workMs, dueAfter: 'snooze', phase: { kind: 'counting' } };
}

/**
 * Whatever offer is up or pending goes away (away, paused, outside hours). An offer that was up
 * counts as "not now", so it cannot flicker straight back; a pending one simply waits to be due again.
 */
export function dropOffer(s: EngineState, out: EngineEffect[]): EngineState {
  if (s.phase.kind === 'offer') {
    out.push({ type: 'hideOffer' });
    return snoozed(s);
  }
  if (s.phase.kind === 'waiting') return { ...s, phase: { kind: 'counting' } };
  return s;
}

/** The user left (locked, suspended or long idle since `since`). */
export function goAway(
  s: EngineState,
  since: number,
  reason: 'locked' | 'suspended' | 'idleAway',
  out: EngineEffect[],
): EngineState {
  const presence = { ...s.presence, [reason]: true, awaySince: s.presence.awaySince ?? since };
  return dropOffer({ ...s, presence }, out);
}

/**
 * Every reason for being away has cleared: the user is back since `at` (≤ now). An absence of at least
 * awayReset was a natural break; the time since `at` counts as work if it would.
 */
export function comeBack(
  s: EngineState,
  at: number,
  now: number,
  d: Durations,
  out: EngineEffect[],
): EngineState {
  const since = s.presence.awaySince;
  const presence: Presence = {
    locked: false,
    suspended: false,
    idleAway: false,
    awaySince: null,
    lastInputAt: Math.max(s.presence.lastInputAt, at),
  };
  let next: EngineState = { ...s, presence };
  if (since === null) return next;
  if (at - since >= d.awayResetMs) next = freshInterval(dropOffer(next, out));
  return countsWork(next) ? { ...next, workMs: next.workMs + Math.max(0, now - at) } : next;
}

/** A user action (a click, the shortcut) proves presence now, unless the screen is locked or asleep. */
export function userActed(s: EngineState, now: number, d: Durations, out: EngineEffect[]): EngineState {
  const p = s.presence;
  if (p.locked || p.suspended) return s;
  const seen = { ...s, presence: { ...p, lastInputAt: Math.max(p.lastInputAt, now) } };
  return p.idleAway ? comeBack(seen, now, now, d, out) : seen;
}
