/** What each event itself changes, once the clock has been advanced to its `now`. */
import type { Durations } from './engine-timing.ts';
import type { EngineContext, EngineEffect, EngineEvent, EngineState } from './engine-types.ts';
import { comeBack, dropOffer, freshInterval, goAway, snoozed, userActed } from './engine-transitions.ts';
import { pauseUntil } from './pause-until.ts';

/**
 * Idle ms from a sample or report (undefined for other events), made safe: an unknown idle time reads as
 * a lull (there is no typing to wait for), anything odd as "just active".
 */
export function idleMsOf(event: EngineEvent): number | undefined {
  if (event.type !== 'idleSample' && event.type !== 'idleReport') return undefined;
  if (event.idleSeconds === null) return Number.POSITIVE_INFINITY;
  return Number.isFinite(event.idleSeconds) ? Math.max(0, event.idleSeconds * 1000) : 0;
}

function applyIdleSample(
  s: EngineState,
  now: number,
  prevAt: number,
  idleMs: number,
  d: Durations,
  out: EngineEffect[],
): EngineState {
  const p = s.presence;
  // Lock and sleep have their own events; idle time under a lock screen says nothing more.
  if (p.locked || p.suspended) return s;
  const lastInput = now - idleMs;
  if (p.idleAway) {
    // Input since the absence began means the user is back; not before the last event, though, which
    // still saw them away (so no stretch is counted twice, whatever the OS reports).
    if (p.awaySince === null || lastInput <= p.awaySince) return s;
    return comeBack(s, Math.min(now, Math.max(lastInput, prevAt)), now, d, out);
  }
  const lastInputAt = Math.max(p.lastInputAt, lastInput);
  const seen = { ...s, presence: { ...p, lastInputAt } };
  return now - lastInputAt >= d.awayResetMs ? goAway(seen, lastInputAt, 'idleAway', out) : seen;
}

/** Back from a lock or a sleep, unless the other still holds. */
function clearAway(
  s: EngineState,
  reason: 'locked' | 'suspended',
  now: number,
  d: Durations,
  out: EngineEffect[],
): EngineState {
  const p = { ...s.presence, [reason]: false };
  if (p.locked || p.suspended) return { ...s, presence: p };
  return comeBack({ ...s, presence: { ...p, idleAway: false } }, now, now, d, out);
}

/** The state after `event` (prevAt: the previous event's time), pushing the effects it causes onto `out`. */
export function applyEvent(
  s: EngineState,
  event: EngineEvent,
  prevAt: number,
  ctx: EngineContext,
  d: Durations,
  out: EngineEffect[],
): EngineState {
  const now = event.now;
  const userDid = (action: UserAction): EngineState => applyUserAction(userActed(s, now, d, out), action, ctx, out);
  switch (event.type) {
    case 'tick':
      // A tick while "suspended" means the machine runs again: the resume event went missing.
      return s.presence.suspended ? clearAway(s, 'suspended', now, d, out) : s;
    case 'idleSample':
      // Unknown idle says nothing about presence.
      return event.idleSeconds === null ? s : applyIdleSample(s, now, prevAt, idleMsOf(event) ?? 0, d, out);
    case 'idleReport':
      // The same news as a sample, only sent by the desktop when it happens.
      return applyIdleSample(s, now, prevAt, idleMsOf(event) ?? 0, d, out);
    case 'lock':
      return goAway(s, now, 'locked', out);
    case 'suspend':
      return goAway(s, now, 'suspended', out);
    case 'unlock':
      return s.presence.locked ? clearAway(s, 'locked', now, d, out) : s;
    case 'wake':
      return s.presence.suspended ? clearAway(s, 'suspended', now, d, out) : s;
    case 'busyChecked':
      // Only the answer to the check in flight counts; a stray or late one says nothing.
      if (!s.busyCheck?.pending) return s;
      return { ...s, busyCheck: { ...s.busyCheck, pending: false, answer: event.busy ? 'busy' : 'quiet' } };
    case 'settingsChanged':
    case 'idleSourceChanged':
      // Everything is derived from the context at each step, so re-planning needs nothing more.
      return s;
    case 'done':
      // The break window's prompt is done; a grounding break lives in its own window and carries on.
      return inGroundingBreak(s) ? s : userDid(event);
    case 'windowGone': {
      const action = windowGoneAs(s, event.window);
      if (action === 'done') return userDid({ type: 'done', now, ended: event.ended ?? 'closed-early' });
      return action ? userDid({ type: action, now }) : s;
    }
    default:
      return userDid(event);
  }
}

function inGroundingBreak(s: EngineState): boolean {
  return s.phase.kind === 'break' && s.phase.prompt === 'grounding';
}

/**
 * What a window going away by itself amounts to, so the break cycle never sticks on a window that is no
 * longer there. The break window: an offer counts as "not now", a prompt as a break taken. The grounding
 * window ends a grounding break; anything else it was open beside carries on.
 */
function windowGoneAs(s: EngineState, window: 'break' | 'grounding'): 'snooze' | 'done' | null {
  if (window === 'grounding') return inGroundingBreak(s) ? 'done' : null;
  if (s.phase.kind === 'offer') return 'snooze';
  return s.phase.kind === 'break' && !inGroundingBreak(s) ? 'done' : null;
}

type UserAction = Exclude<
  EngineEvent,
  {
    type:
      | 'tick'
      | 'idleSample'
      | 'idleReport'
      | 'idleSourceChanged'
      | 'lock'
      | 'unlock'
      | 'suspend'
      | 'wake'
      | 'busyChecked'
      | 'settingsChanged'
      | 'windowGone';
  }
>;

function applyUserAction(
  s: EngineState,
  event: UserAction,
  ctx: EngineContext,
  out: EngineEffect[],
): EngineState {
  const now = event.now;
  const offerUp = s.phase.kind === 'offer';
  switch (event.type) {
    case 'choose':
      if (!offerUp) return s;
      out.push({ type: 'openPrompt', kind: event.kind });
      return { ...s, phase: { kind: 'break', prompt: event.kind, since: now } };
    case 'offerSeen':
      return offerUp ? { ...s, phase: { kind: 'offer', shownAt: now } } : s;
    case 'snooze':
      if (!offerUp) return s;
      out.push({ type: 'offerAnswered', answer: 'not-now', at: now }, { type: 'hideOffer' });
      return snoozed(s);
    case 'skip':
      if (!offerUp) return s;
      out.push({ type: 'offerAnswered', answer: 'skip', at: now }, { type: 'hideOffer' });
      return { ...s, countFromMs: s.workMs, dueAfter: 'interval', phase: { kind: 'counting' } };
    case 'done': {
      const p = s.phase;
      if (p.kind !== 'break') return s;
      const ended = event.ended ?? 'finished';
      out.push({ type: 'breakEnded', kind: p.prompt, startedAt: p.since, endedAt: now, ended }, { type: 'closeWindow' });
      return freshInterval({ ...s, phase: { kind: 'counting' } });
    }
    case 'notRight':
      out.push({ type: 'enterGentleMode', until: ctx.localTime.startOfNextLocalDay(now) });
      return s;
    case 'pause':
      return dropOffer({ ...s, pause: { until: pauseUntil(event.choice, now, ctx.localTime) } }, out);
    case 'resumeBreaks':
      return s.pause ? freshInterval({ ...s, pause: null }) : s;
    case 'takeBreakNow':
      out.push({ type: 'openPrompt', kind: event.kind });
      return { ...s, phase: { kind: 'break', prompt: event.kind, since: now } };
  }
}
