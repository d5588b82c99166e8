/**
 * The words of the "Quiet moments" section: each signal's label, what Tend can tell about it on this
 * computer, and the "Why no break?" line. Keys are written out in full (the catalogue test reads them).
 */
import type { BusySignal } from '../../../electron/core/busy/busy-signal.ts';
import { t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';
import type { BusyStatus } from '../../../electron/core/ipc-contract.ts';
import { heldWhen } from './held-time-text.ts';
import { lastAnswer, type BusyStatusState } from './use-busy-status.ts';

/** Each signal's checkbox label. */
export const signalLabels: Record<BusySignal, PlainMessageKey> = {
  doNotDisturb: 'settings-ui.quiet.doNotDisturb',
  fullScreen: 'settings-ui.quiet.fullScreen',
  call: 'settings-ui.quiet.call',
};

const reasons: Record<BusySignal, PlainMessageKey> = {
  doNotDisturb: 'settings-ui.quiet.reason.doNotDisturb',
  fullScreen: 'settings-ui.quiet.reason.fullScreen',
  call: 'settings-ui.quiet.reason.call',
};

/**
 * The line beside a signal, or null for none: nothing while it is turned off (it holds nothing back) or
 * when Tend could not ask (the section says that once), and never a claim the answer does not make.
 */
export function signalLine(signal: BusySignal, enabled: boolean, state: BusyStatusState): string | null {
  if (!enabled || state.status === 'problem') return null;
  if (state.status === 'checking') return t('settings-ui.quiet.checking');
  const reading = state.answer.value.signals.find((s) => s.signal === signal)?.state;
  if (reading === 'on') return t('settings-ui.quiet.can-tell');
  if (reading === 'unknown') return t('settings-ui.quiet.cannot-tell');
  return null;
}

function heldLine(lastHeld: NonNullable<BusyStatus['lastHeld']>, now: number): string {
  const { time, date } = heldWhen(lastHeld.at, now);
  const reason = t(reasons[lastHeld.signal]);
  return date === null
    ? t('settings-ui.quiet.held-today', { time, reason })
    : t('settings-ui.quiet.held-earlier', { date, time, reason });
}

/** "Why no break?": the last hold (from the last answer while checking again), or a calm word if none. */
export function whyLine(state: BusyStatusState): string {
  if (state.status === 'problem') return t('settings-ui.quiet.unchecked');
  const answer = lastAnswer(state);
  if (answer === null) return t('settings-ui.quiet.checking');
  const { lastHeld } = answer.value;
  return lastHeld === null ? t('settings-ui.quiet.none-held') : heldLine(lastHeld, answer.at);
}
