/**
 * The timed offer: Breathe, Tea and Kind words, plus Not now and Skip, with a line saying what each of
 * those two does. No counters, nothing to keep up with. In gentle mode Kind words opens a small thing to
 * do, and its label says so (the view's kindOpens).
 */
import { useEffect } from 'react';
import { t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';
import type { OfferKind, OfferView } from '../../../electron/core/ipc-contract.ts';
import type { SessionActions } from '../session/use-session.ts';

type ChoiceText = { label: PlainMessageKey; hint: PlainMessageKey };

const choiceText: Record<OfferKind | OfferView['kindOpens'], ChoiceText> = {
  breath: { label: 'offer.breath', hint: 'offer.breath.hint' },
  tea: { label: 'offer.tea', hint: 'offer.tea.hint' },
  kind: { label: 'offer.kind', hint: 'offer.kind.hint' },
  care: { label: 'offer.care', hint: 'offer.care.hint' },
};

/** The words of a choice: what it opens, so Kind words names the small thing to do when that is what opens. */
function wordsOf(kind: OfferKind, view: OfferView): ChoiceText {
  return choiceText[kind === 'kind' ? view.kindOpens : kind];
}

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
            <span className="choice-label">{t(wordsOf(kind, view).label)}</span>
            <span className="choice-hint">{t(wordsOf(kind, view).hint)}</span>
          </button>
        ))}
      </div>
      <div className="row quiet-row">
        <button type="button" className="quiet" aria-describedby="not-now-hint" onClick={actions.notNow}>
          {t('offer.not-now')}
        </button>
        <button type="button" className="quiet" aria-describedby="skip-hint" onClick={actions.skip}>
          {t('offer.skip')}
        </button>
      </div>
      <p className="quiet-hints" data-testid="quiet-hints">
        <span id="not-now-hint">{t('offer.not-now.hint', { minutes: view.snoozeMin })}</span>{' '}
        <span className="quiet-hints-gap" aria-hidden="true">
          ·
        </span>{' '}
        <span id="skip-hint">{t('offer.skip.hint')}</span>
      </p>
    </main>
  );
}
