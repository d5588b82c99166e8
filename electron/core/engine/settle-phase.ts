/**
 * After each event: move the break cycle along. Offers that cannot stay go, an ignored offer fades as
 * "not now", a due break asks whether the moment is busy (busy-moment.ts), waits for a typing lull and then
 * shows, and a prompt
 * left open far too long is let go as a break taken.
 */
import type { Durations } from './engine-timing.ts';
import { settleMoment } from './busy-moment.ts';
import { BREAK_GUARD_MS, LULL_IDLE_MS, LULL_MAX_MS } from './engine-timing.ts';
import type { EngineEffect, EngineState } from './engine-types.ts';
import { canOffer, dropOffer, dueWorkMs, freshInterval, snoozed } from './engine-transitions.ts';

/**
 * The state with its phase settled at `now`; idleMs is the idle time if this event was a sample, and
 * checksBusy whether a due offer first asks if the moment is busy.
 */
export function settlePhase(
  state: EngineState,
  now: number,
  d: Durations,
  idleMs: number | undefined,
  checksBusy: boolean,
  out: EngineEffect[],
): EngineState {
  let s = state;
  const p = s.phase;
  if (p.kind === 'break') {
    if (now < p.since + BREAK_GUARD_MS) return s;
    out.push({ type: 'closeWindow' });
    return freshInterval({ ...s, phase: { kind: 'counting' } });
  }
  if (!canOffer(s)) return dropOffer(s, out);
  if (p.kind === 'offer') {
    if (now < p.shownAt + d.offerTimeoutMs) return s;
    out.push({ type: 'hideOffer' });
    s = snoozed(s);
  }
  if (s.phase.kind === 'counting') {
    if (s.workMs < dueWorkMs(s, d)) return s;
    s = { ...s, phase: { kind: 'waiting', since: now, lullSince: null } };
  }
  s = settleMoment(s, now, checksBusy, out);
  const w = s.phase;
  if (w.kind !== 'waiting' || w.lullSince === null) return s;
  const lullSince = w.lullSince;
  if ((idleMs ?? 0) >= LULL_IDLE_MS || now >= lullSince + LULL_MAX_MS) {
    out.push({ type: 'showOffer' });
    return { ...s, phase: { kind: 'offer', shownAt: now } };
  }
  return { ...s, phase: { ...w, lullSince } };
}
