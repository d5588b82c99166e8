/**
 * Grounding: one step at a time, next and back, stop whenever. Step changes are announced (and can be
 * silenced). Back stays focusable on the first step (aria-disabled, not disabled), so a keyboard user who
 * steps back to the start keeps focus where it was.
 */
import { useState } from 'react';
import { itemById } from '../../../electron/core/content/index.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import type { GroundingView } from '../../../electron/core/ipc-contract.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import type { FocusOnShow, SessionActions } from '../session/use-session.ts';
import { ScreenFoot, ScreenHeading, ScreenReaderSwitch, useFocusOnShow } from './screen-parts.tsx';

/** The grounding screen. */
export function GroundingScreen({
  view,
  actions,
  focus,
}: {
  view: GroundingView;
  actions: SessionActions;
  focus: FocusOnShow;
}): React.JSX.Element | null {
  const item = itemById(view.itemId);
  const [at, setAt] = useState(0);
  const { announce } = useAnnouncer();
  const nextRef = useFocusOnShow<HTMLButtonElement>(focus === 'primary');
  if (item?.kind !== 'grounding') return null;
  const step = item.steps[at];
  const last = at === item.steps.length - 1;
  const go = (to: number): void => {
    const target = item.steps[to];
    if (!target) return;
    setAt(to);
    announce(t(target.text));
  };
  return (
    <main className="screen prompt grounding" aria-labelledby="grounding-title">
      <div className="row head-row">
        <ScreenHeading id="grounding-title" focus={focus} className="title-small">
          {t(item.title)}
        </ScreenHeading>
      </div>
      <p className="muted small" data-testid="grounding-step-of">
        {t('grounding.step-of', { n: at + 1, total: item.steps.length })}
      </p>
      <p className="step-text big" data-testid="grounding-step">
        {step ? t(step.text) : ''}
      </p>
      {at === 0 && item.substitutions[0] && <p className="muted small">{t(item.substitutions[0])}</p>}
      <ScreenFoot onNotRight={actions.notRight}>
        <button type="button" className="button" aria-disabled={at === 0} onClick={() => go(at - 1)}>
          {t('grounding.back')}
        </button>
        <button
          ref={nextRef}
          type="button"
          className="button primary"
          onClick={() => (last ? actions.done() : go(at + 1))}
        >
          {last ? t('grounding.finish') : t('grounding.next')}
        </button>
        <button type="button" className="quiet" onClick={actions.stop}>
          {t('grounding.stop')}
        </button>
      </ScreenFoot>
      <ScreenReaderSwitch label={t('grounding.announce')} />
    </main>
  );
}
