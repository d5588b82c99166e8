/** The timed offer: three kind things to do, plus Not now and Skip. */
import { t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';
import type { OfferKind } from '../../../electron/core/ipc-contract.ts';
import { getBridge } from '../bridge.ts';

const choices: { kind: OfferKind; label: PlainMessageKey; hint: PlainMessageKey }[] = [
  { kind: 'breath', label: 'offer.breath', hint: 'offer.breath.hint' },
  { kind: 'tea', label: 'offer.tea', hint: 'offer.tea.hint' },
  { kind: 'kind', label: 'offer.kind', hint: 'offer.kind.hint' },
];

/** The break window's offer screen. */
export function BreakRoute(): React.JSX.Element {
  const end = (reason: 'done' | 'not-now' | 'skip'): void => {
    void getBridge().invoke('break:end', { reason });
  };
  return (
    <main className="offer" aria-labelledby="offer-title">
      <h1 id="offer-title">{t('offer.title')}</h1>
      <p className="offer-sub">{t('offer.subtitle')}</p>
      <div className="offer-choices">
        {choices.map((c) => (
          <button key={c.kind} type="button" className="choice" onClick={() => end('done')}>
            <span className="choice-label">{t(c.label)}</span>
            <span className="choice-hint">{t(c.hint)}</span>
          </button>
        ))}
      </div>
      <div className="offer-quiet">
        <button type="button" className="quiet" onClick={() => end('not-now')}>
          {t('offer.not-now')}
        </button>
        <button type="button" className="quiet" onClick={() => end('skip')}>
          {t('offer.skip')}
        </button>
      </div>
    </main>
  );
}
