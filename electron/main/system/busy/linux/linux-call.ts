/**
 * A call on Linux (issue #16): a camera held open (camera-in-use.ts) or a microphone being recorded
 * (microphone-in-use.ts). Either one busy reads busy.
 *
 * Clear needs the camera scan to have worked. The microphone then counts when pactl answers; when it
 * cannot (pactl not installed, or no PulseAudio-speaking sound server: run-command cannot tell the two
 * apart), the camera alone decides, so a machine without pactl still gets the signal. A /proc that cannot
 * be read leaves only a busy microphone to go on: otherwise unknown.
 */
import type { ReadSignal } from '../../../../core/busy/busy-signal.ts';
import type { RunCommand } from '../run-command.ts';
import { cameraInUse } from './camera-in-use.ts';
import { microphoneInUse } from './microphone-in-use.ts';

export interface LinuxCallOptions {
  env: Record<string, string | undefined>;
  run: RunCommand;
  /** Where the process table is ('/proc'; tests build one in a temporary folder); null: none to read. */
  procRoot: string | null;
  /** Tend's own process, left out of the camera scan. */
  pid?: number;
}

/** Reads whether a camera or microphone is in use, on demand. */
export function linuxCallReader(options: LinuxCallOptions): ReadSignal {
  return async () => {
    try {
      const [camera, microphone] = await Promise.all([
        options.procRoot === null ? Promise.resolve(null) : cameraInUse(options.procRoot, options.pid ?? null),
        microphoneInUse(options.run, options.env),
      ]);
      if (camera === true || microphone === true) return 'busy';
      return camera === false ? 'clear' : 'unknown';
    } catch {
      return 'unknown';
    }
  };
}
