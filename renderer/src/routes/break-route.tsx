/** The timed offer: three kind things to do, plus Not now and Skip. */
import type { OfferKind } from '../../../electron/core/ipc-contract.ts';
import { getBridge } from '../bridge.ts';

const choices: { kind: OfferKind; label: string; hint: string }[] = [
  { kind: 'breath', label: 'Breathe', hint: 'one minute' },
  { kind: 'tea', label: 'Tea', hint: 'a warm cup' },
  { kind: 'kind', label: 'Kind words', hint: 'a gentle phrase' },
];

/** The break window's offer screen. */
export function BreakRoute(): React.JSX.Element {
  const end = (reason: 'done' | 'not-now' | 'skip'): void => {
    void getBridge().invoke('break:end', { reason });
  };
  return (
    <main className="offer" aria-labelledby="offer-title">
      <h1 id="offer-title">A little pause?</h1>
      <p className="offer-sub">If it helps, here are three small things.</p>
      <div className="offer-choices">
        {choices.map((c) => (
          <button key={c.kind} type="button" className="choice" onClick={() => end('done')}>
            <span className="choice-label">{c.label}</span>
            <span className="choice-hint">{c.hint}</span>
          </button>
        ))}
      </div>
      <div className="offer-quiet">
        <button type="button" className="quiet" onClick={() => end('not-now')}>
          Not now
        </button>
        <button type="button" className="quiet" onClick={() => end('skip')}>
          Skip
        </button>
      </div>
    </main>
  );
}
