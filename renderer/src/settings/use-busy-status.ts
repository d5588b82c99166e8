/**
 * What Tend can tell on this computer ('busy:status'), asked when the section opens and again whenever
 * the "don't interrupt me" choices change, so the lines beside them always match what is saved. Main
 * reads each signal as it answers, which may take a few seconds; only the newest answer is kept.
 */
import { useEffect, useState } from 'react';
import type { BusyStatus } from '../../../electron/core/ipc-contract.ts';
import { getBridge } from '../bridge.ts';

/** An answer and when it came (epoch ms), so its "today" is the day it was given. */
export interface BusyAnswer {
  value: BusyStatus;
  at: number;
}

/**
 * The answer so far: checking (with the last answer, if any), ready, or not reachable just now; an
 * answer carries the `choices` it was asked for.
 */
export type BusyStatusState =
  | { status: 'checking'; last: BusyAnswer | null }
  | { status: 'ready'; answer: BusyAnswer; choices: string }
  | { status: 'problem'; choices: string };

/** The newest answer in `state`, if there is one. */
export function lastAnswer(state: BusyStatusState): BusyAnswer | null {
  if (state.status === 'ready') return state.answer;
  return state.status === 'checking' ? state.last : null;
}

/** Asks 'busy:status' now and again whenever `choices` (a key of the saved choices) changes. */
export function useBusyStatus(choices: string): BusyStatusState {
  const [state, setState] = useState<BusyStatusState>({ status: 'checking', last: null });
  const [askedFor, setAskedFor] = useState(choices);
  // New choices: back to checking at once, in the same render (React's way to follow a changed prop).
  if (askedFor !== choices) {
    setAskedFor(choices);
    setState((s) => ({ status: 'checking', last: lastAnswer(s) }));
  }
  useEffect(() => {
    let wanted = true;
    getBridge()
      .invoke('busy:status')
      .then(
        (result) => {
          if (!wanted) return;
          if (result.ok)
            setState({ status: 'ready', answer: { value: result.value, at: Date.now() }, choices });
          else setState({ status: 'problem', choices });
        },
        () => {
          if (wanted) setState({ status: 'problem', choices });
        },
      );
    return () => {
      // Unmounted or asked again: an older question answered late never replaces a newer one.
      wanted = false;
    };
  }, [choices]);
  return state;
}
