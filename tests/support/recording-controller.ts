/** A controller for tests: records every input, and lets the test drive the effects by hand. */
import {
  createPassThroughController,
  type BreakControllerFactory,
  type BreakEffects,
  type BreakInput,
} from '../../electron/main/break-controller.ts';

export interface Recording {
  inputs: BreakInput[];
  /** The effects main gave the controller (set once Tend is ready). */
  effects: BreakEffects | null;
  factory: BreakControllerFactory;
}

/** The pass-through controller, with every input recorded. */
export function recordingController(): Recording {
  const recording: Recording = {
    inputs: [],
    effects: null,
    factory: (deps) => {
      recording.effects = deps.effects;
      const inner = createPassThroughController(deps);
      return {
        handle(input) {
          recording.inputs.push(input);
          inner.handle(input);
        },
      };
    },
  };
  return recording;
}
