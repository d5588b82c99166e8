/**
 * The macOS readers for "don't interrupt me" (issue #16): all three read unknown, because macOS offers no
 * reliable reading through a command it ships, without a native addon or a permission prompt. The settings
 * window says so rather than pretend.
 * - Focus / Do Not Disturb: no public API; readers rely on heuristics that break between releases
 *   (felixrieseberg/macos-notification-state#32; sindresorhus/do-not-disturb#12).
 * - Full screen: what is in front of another app comes from native window APIs or from UI scripting
 *   through `osascript` and System Events, which needs the user to grant Automation and Accessibility
 *   access ("osascript is not allowed assistive access", huacnlee/PokemonGoMove#8; "Not authorized to
 *   send Apple events to System Events", ttscoff/bunch#282). `pmset -g assertions` shows display-sleep
 *   assertions, but a windowed video holds the same ones, so it cannot tell full screen.
 * - A call: camera and microphone use are Core Media IO's kCMIODevicePropertyDeviceIsRunningSomewhere and
 *   Core Audio's kAudioDevicePropertyDeviceIsRunningSomewhere, reachable only from native code
 *   (antonfisher/go-media-devices-state calls them through cgo); no command macOS ships prints them.
 */
import type { BusySignal, ReadSignal } from '../../../../core/busy/busy-signal.ts';
import type { RunCommand } from '../run-command.ts';

const unknown: ReadSignal = () => Promise.resolve('unknown');

/** One reader per signal on macOS; each reads unknown and runs nothing (see above for why). */
export const macBusySignals: (options: { run: RunCommand }) => Record<BusySignal, ReadSignal> = () => ({
  doNotDisturb: unknown,
  fullScreen: unknown,
  call: unknown,
});
