/**
 * The break engine behind the BreakController seam. It keeps the engine's state, stamps each input with
 * the wall-clock time, runs the pure step() with the current settings and the user's local time, and
 * carries out the effects through BreakEffects. No rule lives here: the rules are the engine's
 * (electron/core/engine); this only translates (engine-input.ts) and delivers.
 *
 * Inputs that arrive while effects are being carried out (saving gentle mode changes the settings,
 * which is an input again) are queued and handled after the current step, in order.
 */
import {
  initialState,
  statusText,
  step,
  type EngineContext,
  type EngineEffect,
  type EngineState,
  type StepResult,
} from '../core/engine/index.ts';
import type { BreakController, BreakControllerDeps, BreakInput, BreakStatus } from './break-controller.ts';
import { engineEventFor } from './engine-input.ts';
import { engineSettingsOf, sameEngineSettings } from './engine-settings-of.ts';

/** The engine-backed controller; `state()` is for tests and the bench (read-only plain data). */
export interface EngineController extends BreakController {
  state(): EngineState;
}

/** The tray's status line for an engine state (paused follows the pause itself, also during a manual break). */
export function trayStatusOf(state: EngineState, deps: Pick<BreakControllerDeps, 'localTime'>): BreakStatus {
  return { text: statusText(state.status, deps.localTime), paused: state.pause !== null };
}

/** Builds the controller and runs the engine's first step (a fresh interval from now). */
export function createEngineController(deps: BreakControllerDeps): EngineController {
  const { effects, localTime, logger } = deps;
  let ctx: EngineContext = { settings: engineSettingsOf(deps.settings), localTime };
  let state: EngineState;
  let shownStatus: BreakStatus | null = null;
  const queue: BreakInput[] = [];
  let busy = false;

  function perform(effect: EngineEffect): void {
    switch (effect.type) {
      case 'showOffer':
        effects.showOffer();
        break;
      case 'hideOffer':
        effects.hideOffer();
        break;
      case 'openPrompt':
        effects.openPrompt(effect.kind);
        break;
      case 'closeWindow':
        effects.closeWindow();
        break;
      case 'setStatus':
        // The status line is derived from the state after the step (see apply).
        break;
      case 'armTimer':
        effects.armTimer(effect.at);
        break;
      case 'pollIdleAt':
        effects.pollIdleAt(effect.at);
        break;
      case 'enterGentleMode':
        effects.enterGentleMode(effect.until);
        break;
    }
  }

  function apply(result: StepResult): void {
    // The state first: an effect may lead to another input, which must see this step's state.
    state = result.state;
    for (const effect of result.effects) {
      try {
        perform(effect);
      } catch (error) {
        // One failing window must not keep the timer from being armed.
        logger.error(`engine: ${effect.type} failed`, error);
      }
    }
    const status = trayStatusOf(state, deps);
    if (shownStatus?.text !== status.text || shownStatus.paused !== status.paused) {
      shownStatus = status;
      effects.setStatus(status);
    }
  }

  function process(input: BreakInput): void {
    const now = deps.now();
    if (input.type === 'settingsChanged') {
      const next = engineSettingsOf(input.settings);
      if (sameEngineSettings(next, ctx.settings)) return;
      const event = engineEventFor(input, state, now, localTime);
      if (event) apply(step(state, event, ctx));
      ctx = { ...ctx, settings: next };
      return;
    }
    const event = engineEventFor(input, state, now, localTime);
    if (event) apply(step(state, event, ctx));
  }

  function handle(input: BreakInput): void {
    queue.push(input);
    if (busy) return;
    busy = true;
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        process(next);
      } catch (error) {
        logger.error(`engine: ${next.type} failed`, error);
      }
    }
    busy = false;
  }

  apply(initialState(deps.now(), ctx));
  return { handle, state: () => state };
}
