/**
 * Adapter vocabulary to engine vocabulary: what a BreakInput means as an EngineEvent, given the engine's
 * current phase and the time. Windows going away by themselves are turned into the user action they
 * amount to, so the break cycle never sticks on a window that is no longer there.
 */
import type { EngineEvent, EngineState, LocalTime } from '../core/engine/index.ts';
import type { PauseChoice } from '../core/tend-command.ts';
import type { BreakInput } from './break-controller.ts';
import { engineSettingsOf } from './engine-settings-of.ts';

const MINUTE_MS = 60_000;

/** When a pause chosen in the tray or on the command line ends (null: until resumed). */
export function pauseUntil(choice: PauseChoice, now: number, localTime: LocalTime): number | null {
  switch (choice) {
    case '30m':
      return now + 30 * MINUTE_MS;
    case '1h':
      return now + 60 * MINUTE_MS;
    case '2h':
      return now + 120 * MINUTE_MS;
    case 'tomorrow':
      return localTime.startOfNextLocalDay(now);
    case 'indefinitely':
      return null;
  }
}

/**
 * A window went away without the engine asking (closed by the user or the system, crashed, hung, did
 * not load). The break window: an offer that goes counts as "not now", a prompt as a break taken. The
 * grounding window ends a grounding break; anything else it was open beside carries on.
 */
function windowGoneEvent(window: 'break' | 'grounding', state: EngineState, now: number): EngineEvent | null {
  const phase = state.phase;
  if (window === 'break') {
    if (phase.kind === 'offer') return { type: 'snooze', now };
    if (phase.kind === 'break' && phase.prompt !== 'grounding') return { type: 'done', now };
    return null;
  }
  return phase.kind === 'break' && phase.prompt === 'grounding' ? { type: 'done', now } : null;
}

/** The engine event for `input` at `now`, or null when it means nothing to the engine. */
export function engineEventFor(input: BreakInput, state: EngineState, now: number, localTime: LocalTime): EngineEvent | null {
  switch (input.type) {
    case 'tick':
    case 'lock':
    case 'unlock':
    case 'suspend':
    case 'wake':
    case 'offerSeen':
    case 'snooze':
    case 'skip':
    case 'notRight':
    case 'resumeBreaks':
      return { type: input.type, now };
    case 'idleSample':
      return { type: 'idleSample', now, idleSeconds: input.idleSeconds };
    case 'userBusy':
      return { type: 'userBusy', now, busy: input.busy };
    case 'choose':
      return { type: 'choose', now, kind: input.kind };
    case 'takeBreakNow':
      return { type: 'takeBreakNow', now, kind: input.kind };
    case 'done':
      // break:done comes from the break window; a grounding break (in its own window) is not over.
      return state.phase.kind === 'break' && state.phase.prompt === 'grounding' ? null : { type: 'done', now };
    case 'pause':
      return { type: 'pause', now, until: pauseUntil(input.choice, now, localTime) };
    case 'settingsChanged':
      return { type: 'settingsChanged', now, settings: engineSettingsOf(input.settings) };
    case 'windowGone':
      return windowGoneEvent(input.window, state, now);
    case 'shutdown':
      // Nothing to plan: the settings are flushed on will-quit, and the engine starts fresh next time.
      return null;
  }
}
