/**
 * THE SEAM BETWEEN THE BREAK ENGINE AND THE ADAPTERS.
 *
 * The adapters speak to the engine only through `BreakController.handle(input)`, and the engine speaks to
 * them only through `BreakEffects`. Both mirror the engine's own vocabulary (electron/core/engine:
 * EngineEvent without `now`, EngineEffect as methods). The real controller is engine-controller.ts; the
 * pass-through controller below stays for tests that drive the effects by hand (it only opens and closes
 * what the user asks for and keeps no time).
 */
import { t } from '../core/i18n/t.ts';
import type { BreakKind, Settings } from '../core/settings/settings-schema.ts';
import type { LocalTime } from '../core/engine/index.ts';
import type { PauseChoice } from '../core/tend-command.ts';
import type { Logger } from './logger.ts';
import type { GoneReason } from './tend-window.ts';

/** The offer's three, plus grounding (shortcut and tray). */
export type PromptKind = BreakKind | 'grounding';

/** Everything the adapters report; the controller stamps each with the time itself. */
export type BreakInput =
  // The one timer fired with a tick due and no idle sample due.
  | { type: 'tick' }
  // An idle sample the engine asked for (pollIdleAt); null when the system cannot tell.
  | { type: 'idleSample'; idleSeconds: number | null }
  // The machine.
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'suspend' }
  | { type: 'wake' }
  | { type: 'shutdown' }
  // Do Not Disturb, a presentation or a call began or ended (no adapter reports this yet: see wire-breaks.ts).
  | { type: 'userBusy'; busy: boolean }
  // The user, in the break window.
  | { type: 'choose'; kind: BreakKind }
  // They turned to the offer: pressed inside it, or opened it from its notification (Wayland).
  | { type: 'offerSeen' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'done' }
  | { type: 'notRight' }
  // The user, from the tray, the command line, the shortcut or another Tend window.
  | { type: 'pause'; choice: PauseChoice }
  | { type: 'resumeBreaks' }
  | { type: 'takeBreakNow'; kind: PromptKind }
  // Settings were saved (apply now, keep the work time already counted).
  | { type: 'settingsChanged'; settings: Settings }
  // A break or grounding window went away by itself: closed by the user or the system ('closed'), or
  // because its page crashed, hung or did not load. The break window being gone ends the break.
  | { type: 'windowGone'; window: 'break' | 'grounding'; reason: GoneReason };

/** What the tray's status line shows. */
export interface BreakStatus {
  text: string;
  paused: boolean;
}

/** What the engine can make happen (EngineEffect), each carried out by an adapter. */
export interface BreakEffects {
  /** The offer, in the break window shown inactive near the tray. */
  showOffer(): void;
  /** The offer fades away (ignored). */
  hideOffer(): void;
  /** A prompt: breath, tea or kind words in the break window; grounding in its own focused window. */
  openPrompt(kind: PromptKind): void;
  /** Close the break window. */
  closeWindow(): void;
  setStatus(status: BreakStatus): void;
  /** Wake with a tick at `at` (epoch ms); null: no tick wanted. */
  armTimer(at: number | null): void;
  /** Take an idle sample at `at` (epoch ms) and hand it back as idleSample; null: none wanted. */
  pollIdleAt(at: number | null): void;
  /** Only gentle, outward content until `until` (epoch ms). */
  enterGentleMode(until: number): void;
}

/** The engine as the adapters see it. */
export interface BreakController {
  handle(input: BreakInput): void;
}

/** What a controller is built from. */
export interface BreakControllerDeps {
  effects: BreakEffects;
  settings: Settings;
  /** Wall-clock time in epoch ms. */
  now: () => number;
  /** The user's time zone and clock format (pause until tomorrow, gentle mode, the status line). */
  localTime: LocalTime;
  /** Where a failing effect is reported (the others still run). */
  logger: Logger;
}

/** Builds the controller once the adapters exist. */
export type BreakControllerFactory = (deps: BreakControllerDeps) => BreakController;

/** Stand-in until the engine is wired: shows what the user asks for, keeps no time, arms no timers. */
export const createPassThroughController: BreakControllerFactory = ({ effects }) => {
  const status = (paused: boolean): BreakStatus => ({ text: t(paused ? 'tray.status.paused' : 'tray.status.on'), paused });
  effects.setStatus(status(false));
  return {
    handle(input) {
      switch (input.type) {
        case 'takeBreakNow':
        case 'choose':
          effects.openPrompt(input.kind);
          return;
        case 'snooze':
        case 'skip':
        case 'done':
          effects.closeWindow();
          return;
        case 'pause':
          effects.setStatus(status(true));
          return;
        case 'resumeBreaks':
          effects.setStatus(status(false));
          return;
        default:
          return;
      }
    },
  };
};
