/**
 * A stand-in for the break engine, for tests that drive the effects by hand: it records every input,
 * opens and closes only what the user asks for, keeps no time and arms no timers.
 */
import type { EngineEffect, EngineInput } from '../../electron/core/engine/index.ts';
import type { BreakController, ControllerDeps, EffectSink, TrayStatus } from '../../electron/main/breaks/engine-controller.ts';

export interface Recording {
  /** Every input Tend sent, in order. */
  inputs: EngineInput[];
  /** Carries out an effect as the engine would (once Tend is ready). */
  perform(effect: EngineEffect): void;
  /** Sets the tray's status line as the engine would. */
  showStatus(status: TrayStatus): void;
  /** For launchTend's `controller` option. */
  factory: (deps: ControllerDeps) => BreakController;
}

// Its own words: the engine's status lines say when the next break is, which a stand-in cannot know.
const statusLine = (paused: boolean): TrayStatus => ({ text: paused ? 'Paused' : 'Tend is keeping time', paused });

/** The stand-in controller, with every input recorded. */
export function recordingController(): Recording {
  const inputs: EngineInput[] = [];
  let status = statusLine(false);
  let sink: EffectSink | null = null;
  const started = (): EffectSink => {
    if (!sink) throw new Error('Tend has not started the controller yet');
    return sink;
  };
  const showStatus = (next: TrayStatus): void => {
    status = next;
    started().statusChanged();
  };
  const perform = (effect: EngineEffect): void => started().perform(effect);

  const send = (input: EngineInput): void => {
    inputs.push(input);
    switch (input.type) {
      case 'takeBreakNow':
      case 'choose':
        perform({ type: 'openPrompt', kind: input.kind });
        return;
      case 'snooze':
      case 'skip':
      case 'done':
        perform({ type: 'closeWindow' });
        return;
      case 'pause':
        showStatus(statusLine(true));
        return;
      case 'resumeBreaks':
        showStatus(statusLine(false));
        return;
      default:
        return;
    }
  };

  return {
    inputs,
    perform,
    showStatus,
    factory: () => ({
      send,
      trayStatus: () => status,
      start(to) {
        sink = to;
      },
    }),
  };
}
