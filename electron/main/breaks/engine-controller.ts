/**
 * Runs the break engine in main. It keeps the engine's state, stamps each input with the wall-clock
 * time, runs the pure step() with the current settings and the user's local time, and hands the effects
 * to a sink (break-presenter.ts). No rule lives here: the rules are the engine's (electron/core/engine).
 *
 * It is made before the adapters, which send to it, and started once they exist. Inputs sent before the
 * start, or while effects are being carried out (saving gentle mode changes the settings, which is an
 * input again), wait in a queue and are handled in order.
 */
import {
  initialState,
  stamped,
  statusText,
  step,
  type EngineContext,
  type EngineEffect,
  type EngineInput,
  type EngineSettings,
  type EngineState,
  type LocalTime,
  type StepResult,
} from '../../core/engine/index.ts';
import { sameEngineSettings } from './engine-settings-of.ts';
import type { Logger } from '../app/logger.ts';

/** What the tray's status line shows. */
export interface TrayStatus {
  readonly text: string;
  readonly paused: boolean;
}

/** Where the engine's effects go. */
export interface EffectSink {
  /** Carries out one effect (the status line is derived from the state instead: see trayStatus). */
  perform(effect: EngineEffect): void;
  /** The tray's status line has changed. */
  statusChanged(): void;
}

/** The engine as the adapters see it. */
export interface BreakController {
  /** Hands the engine an input; main stamps it with the time. */
  readonly send: (input: EngineInput) => void;
  /** What the tray's status line says now. */
  readonly trayStatus: () => TrayStatus;
  /** Connects the effects: carries out the first step's, then every input sent so far. */
  start(sink: EffectSink): void;
}

/** What a controller is made from. */
export interface ControllerDeps {
  settings: EngineSettings;
  /** Wall-clock time in epoch ms. */
  now: () => number;
  /** The user's time zone and clock format (pause until tomorrow, gentle mode, the status line). */
  localTime: LocalTime;
  /** Where a failing input or effect is reported (the others still run). */
  logger: Logger;
}

/** The engine-backed controller; `state()` is for tests and the bench (read-only plain data). */
export interface EngineController extends BreakController {
  state(): EngineState;
}

/** The tray's status line for an engine state (paused follows the pause itself, also during a manual break). */
function trayStatusOf(state: EngineState, localTime: LocalTime): TrayStatus {
  return { text: statusText(state.status, localTime), paused: state.pause !== null };
}

/** Runs the engine's first step (a fresh interval from now); its effects wait for start(). */
export function createEngineController(deps: ControllerDeps): EngineController {
  const { localTime, logger } = deps;
  let ctx: EngineContext = { settings: deps.settings, localTime };
  const first = initialState(deps.now(), ctx);
  let state = first.state;
  let shown = trayStatusOf(state, localTime);
  const queue: EngineInput[] = [];
  let sink: EffectSink | null = null;
  let busy = false;

  function apply(result: StepResult, to: EffectSink): void {
    // The state first: an effect may lead to another input, which must see this step's state.
    state = result.state;
    for (const effect of result.effects) {
      try {
        to.perform(effect);
      } catch (error) {
        // One failing window must not keep the timer from being armed.
        logger.error(`engine: ${effect.type} failed`, error);
      }
    }
    const status = trayStatusOf(state, localTime);
    if (shown.text !== status.text || shown.paused !== status.paused) {
      shown = status;
      to.statusChanged();
    }
  }

  function process(input: EngineInput, to: EffectSink): void {
    // A theme or phrase change does not re-plan.
    if (input.type === 'settingsChanged' && sameEngineSettings(input.settings, ctx.settings)) return;
    apply(step(state, stamped(input, deps.now()), ctx), to);
    if (input.type === 'settingsChanged') ctx = { ...ctx, settings: input.settings };
    if (input.type === 'idleSourceChanged') ctx = { ...ctx, idleSource: input.source };
  }

  function drain(): void {
    if (!sink || busy) return;
    busy = true;
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        process(next, sink);
      } catch (error) {
        logger.error(`engine: ${next.type} failed`, error);
      }
    }
    busy = false;
  }

  return {
    send: (input) => {
      queue.push(input);
      drain();
    },
    trayStatus: () => shown,
    start(to) {
      // Connected after the first step's effects, so inputs those lead to wait their turn.
      apply(first, to);
      sink = to;
      drain();
    },
    state: () => state,
  };
}
