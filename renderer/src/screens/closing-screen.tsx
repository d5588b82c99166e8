/** The short kind close after a prompt; it dismisses itself after a moment, or at once with Close. */
import { useEffect } from 'react';
import { t } from '../../../electron/core/i18n/t.ts';
import type { SessionActions } from '../session/use-session.ts';
import { ScreenHeading } from './screen-parts.tsx';

/** How long the close stays before the window goes. */
export const closeAfterMs = 2500;

/** The closing screen. */
export function ClosingScreen({ actions }: { actions: SessionActions }): React.JSX.Element {
  useEffect(() => {
    const timer = setTimeout(actions.close, closeAfterMs);
    return () => clearTimeout(timer);
  }, [actions]);
  return (
    <main className="screen closing" aria-labelledby="closing-title">
      <div className="closing-mark" aria-hidden="true" />
      <ScreenHeading id="closing-title" focus="heading">
        {t('break.close.title')}
      </ScreenHeading>
      <p className="sub">{t('break.close.body')}</p>
      <div className="row">
        <button type="button" className="quiet" onClick={actions.close}>
          {t('break.close.now')}
        </button>
      </div>
    </main>
  );
}

/** Shown if main could not answer: closing is always fine. */
export function ProblemScreen({ actions }: { actions: SessionActions }): React.JSX.Element {
  return (
    <main className="screen closing" aria-labelledby="problem-title">
      <ScreenHeading id="problem-title" focus="heading">
        {t('break.unavailable')}
      </ScreenHeading>
      <div className="row foot-row">
        <span className="spacer" />
        <button type="button" className="button" onClick={actions.close}>
          {t('break.close.now')}
        </button>
      </div>
    </main>
  );
}
