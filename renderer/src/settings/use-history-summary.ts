/**
 * "Your pauses" asks main for the summary ('history:summary') when it opens, whenever the history
 * choices change (showing "Not now" and "Skip" changes what comes back), and when the window is focused
 * again, so a window left open catches up with pauses taken since. Only the newest answer is kept; a
 * summary that came another way (after "Delete all") is shown at once and outdates any question asked before it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { HistorySummary } from '../../../electron/core/ipc-contract.ts';
import { getBridge } from '../bridge.ts';

/** How many weeks the view shows, this one included. */
export const SUMMARY_WEEKS = 8;

/** Waiting for the first answer, the summary, or not reachable just now. */
export type HistorySummaryState =
  { status: 'loading' } | { status: 'ready'; summary: HistorySummary } | { status: 'problem' };

/** The summary, asked again whenever `choices` (a key of the history settings) changes. */
export function useHistorySummary(choices: string): {
  state: HistorySummaryState;
  replace: (summary: HistorySummary) => void;
} {
  const [state, setState] = useState<HistorySummaryState>({ status: 'loading' });
  const [asks, setAsks] = useState(0);
  useEffect(() => {
    let wanted = true;
    getBridge()
      .invoke('history:summary', { weeks: SUMMARY_WEEKS })
      .then(
        (result) => {
          if (wanted)
            setState(result.ok ? { status: 'ready', summary: result.value } : { status: 'problem' });
        },
        () => {
          if (wanted) setState({ status: 'problem' });
        },
      );
    return () => {
      // Asked again or closed: an older answer arriving late never replaces a newer one.
      wanted = false;
    };
  }, [choices, asks]);
  useEffect(() => {
    const again = (): void => setAsks((n) => n + 1);
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, []);
  const replace = useCallback((summary: HistorySummary) => {
    setState({ status: 'ready', summary });
    // Any question still on its way was asked before this answer: asking afresh drops it.
    setAsks((n) => n + 1);
  }, []);
  return { state, replace };
}
