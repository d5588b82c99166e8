/**
 * The preview's answer to 'busy:status' ("Why no break?"). Main reads the real signals; the preview says
 * what a query such as `?busy=unknown:call,held:doNotDisturb` asks for: signals this computer cannot
 * read, and a signal that held a break back 25 minutes before the demo clock. By default every signal
 * can be read and nothing has been held back.
 */
import { busySignals, type BusySignal } from '../../electron/core/busy/busy-signal.ts';
import type { BusyStatus } from '../../electron/core/ipc-contract.ts';
import type { Settings } from '../../electron/core/settings/settings-schema.ts';

/** What the preview's computer can tell, and the last hold. */
export interface DemoBusy {
  unknown: BusySignal[];
  lastHeld: BusyStatus['lastHeld'];
}

const heldBefore = 25 * 60_000;

function isSignal(name: string): name is BusySignal {
  return (busySignals as readonly string[]).includes(name);
}

/** The busy options from a `busy` query value (null: none), with the demo clock at `now`. */
export function demoBusyFrom(value: string | null, now: number): DemoBusy {
  const busy: DemoBusy = { unknown: [], lastHeld: null };
  for (const item of (value ?? '').split(',')) {
    const [what = '', name = ''] = item.split(':');
    if (!isSignal(name)) continue;
    if (what === 'unknown') busy.unknown.push(name);
    if (what === 'held') busy.lastHeld = { at: now - heldBefore, signal: name };
  }
  return busy;
}

/** The answer main would give: off where turned off, unknown where this computer cannot tell, else on. */
export function demoBusyStatus(choices: Settings['dontInterrupt'], busy: DemoBusy): BusyStatus {
  return {
    signals: busySignals.map((signal) => {
      if (!choices[signal]) return { signal, state: 'off' };
      return { signal, state: busy.unknown.includes(signal) ? 'unknown' : 'on' };
    }),
    lastHeld: busy.lastHeld,
  };
}
