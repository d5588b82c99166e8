/**
 * The timed offer: Breathe, Tea and Kind words, plus Not now and Skip, with a line saying what each of
 * those two does. No counters, nothing to keep up with. In gentle mode Kind words opens a small thing to
 * do, and its label and drawing say so (the view's kindOpens). The choices rise into place gently as the
 * offer arrives (styles.css; not with reduced motion).
 */
import { useEffect } from 'react';
import { t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';
import type { OfferKind, OfferView } from '../../../electron/core/ipc-contract.ts';
import type { SessionActions } from '../session/use-session.ts';
import { KindIcon, type ChoiceOpens } from './kind-icons.tsx';

type ChoiceText = { label: PlainMessageKey; hint: PlainMessageKey };

const choiceText: Record<ChoiceOpens, ChoiceText> = {
  breath: { label: 'offer.breath', hint: 'offer.breath.hint' },
  tea: { label: 'offer.tea', hint: 'offer.tea.hint' },
  kind: { label: 'offer.kind', hint: 'offer.kind.hint' },
  care: { label: 'offer.care', hint: 'offer.care.hint' },
};

/** What a choice opens: Kind words opens the small thing to do in gentle mode, and says and shows so. */
function opensOf(kind: OfferKind, view: OfferView): ChoiceOpens {
  return kind === 'kind' ? view.kindOpens : kind;
}

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
      <p className="sub">{t('offer.subtitle', { count: kinds.length })}</p>
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
            <KindIcon opens={opensOf(kind, view)} />
            <span className="choice-label">{t(choiceText[opensOf(kind, view)].label)}</span>
            <span className="choice-hint">{t(choiceText[opensOf(kind, view)].hint)}</span>
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
