/** The timed offer: Breathe, Tea and Kind words, plus Not now and Skip. No counters, nothing to keep up with. */
import { useEffect } from 'react';
import { t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';
import type { OfferKind, OfferView } from '../../../electron/core/ipc-contract.ts';
import type { SessionActions } from '../session/use-session.ts';

const choiceText: Record<OfferKind, { label: PlainMessageKey; hint: PlainMessageKey }> = {
  breath: { label: 'offer.breath', hint: 'offer.breath.hint' },
  tea: { label: 'offer.tea', hint: 'offer.tea.hint' },
  kind: { label: 'offer.kind', hint: 'offer.kind.hint' },
};

const subtitles: Record<number, PlainMessageKey> = { 1: 'offer.subtitle-one', 2: 'offer.subtitle-two' };

/** The offer. It never takes focus itself: the window opens inactive so typing is never interrupted. */
export function OfferScreen({
  view,
  actions,
}: {
  view: OfferView;
  actions: SessionActions;
}): React.JSX.Element {
  const { kinds } = view;
  useEffect(() => {
    // 1, 2 and 3 choose, once the window has focus (a keypress can only arrive then).
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const kind = kinds[Number(e.key) - 1];
      if (/^[1-3]$/.test(e.key) && kind) {
        e.preventDefault();
        actions.choose(kind);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [kinds, actions]);
  return (
    <main className="screen offer" aria-labelledby="offer-title">
      <h1 id="offer-title">{t('offer.title')}</h1>
      <p className="sub">{t(subtitles[kinds.length] ?? 'offer.subtitle')}</p>
      <div className="offer-choices">
        {kinds.map((kind, i) => (
          <button
            key={kind}
            type="button"
            className="choice"
            aria-keyshortcuts={String(i + 1)}
            onClick={() => actions.choose(kind)}
          >
            <span className="choice-key" aria-hidden="true">
              {i + 1}
            </span>
            <span className="choice-label">{t(choiceText[kind].label)}</span>
            <span className="choice-hint">{t(choiceText[kind].hint)}</span>
          </button>
        ))}
      </div>
      <div className="row quiet-row">
        <button type="button" className="quiet" onClick={actions.notNow}>
          {t('offer.not-now')}
        </button>
        <button type="button" className="quiet" onClick={actions.skip}>
          {t('offer.skip')}
        </button>
      </div>
    </main>
  );
}
