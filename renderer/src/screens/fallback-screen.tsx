/**
 * After "This doesn't feel right": everything else has already stopped. A normalising line that fits the
 * prompt it was pressed on (kindness only after kind words), the notes said once (gentle mode, the
 * therapist note), outward choices with no self-talk, and an optional "Anything you need right now?"
 * where each need leads to one small action.
 */
import { useState } from 'react';
import { fallback, needsCheckin } from '../../../electron/core/content/index.ts';
import { t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';
import type { FallbackFrom, FallbackView } from '../../../electron/core/ipc-contract.ts';
import type { FocusOnShow, SessionActions } from '../session/use-session.ts';
import { ScreenHeading } from './screen-parts.tsx';

/** The normalising line for each prompt: what may have stirred things up there. */
const normaliseFrom: Record<FallbackFrom, PlainMessageKey> = {
  kind: fallback.normalise,
  practice: fallback.normalise,
  breath: 'break.fallback.normalise-breath',
  tea: 'break.fallback.normalise-pause',
  care: 'break.fallback.normalise-pause',
  grounding: 'break.fallback.normalise-pause',
};

function NeedsCheckin({
  actions,
  onBack,
}: {
  actions: SessionActions;
  onBack: () => void;
}): React.JSX.Element {
  return (
    <main className="screen fallback" aria-labelledby="needs-title">
      <ScreenHeading id="needs-title" focus="heading">
        {t(needsCheckin.title)}
      </ScreenHeading>
      {needsCheckin.steps.map((s) => (
        <p key={s.text} className="muted small">
          {t(s.text)}
        </p>
      ))}
      <div className="chips">
        {needsCheckin.options.map((o) => (
          <button key={o.need} type="button" className="chip" onClick={() => actions.need(o.need)}>
            {t(o.label)}
          </button>
        ))}
      </div>
      <div className="row foot-row">
        <button type="button" className="quiet" onClick={onBack}>
          {t('break.fallback.back')}
        </button>
      </div>
    </main>
  );
}

/** The fallback screen. */
export function FallbackScreen({
  view,
  actions,
  focus,
}: {
  view: FallbackView;
  actions: SessionActions;
  focus: FocusOnShow;
}): React.JSX.Element {
  const [asking, setAsking] = useState(false);
  const [back, setBack] = useState(false);
  if (asking)
    return (
      <NeedsCheckin
        actions={actions}
        onBack={() => {
          setAsking(false);
          setBack(true);
        }}
      />
    );
  return (
    <main className="screen fallback" aria-labelledby="fallback-title">
      <ScreenHeading id="fallback-title" focus={back ? 'heading' : focus} className="lead">
        {t(normaliseFrom[view.from])}
      </ScreenHeading>
      {view.notes.map((note) => (
        <p key={note} className="note">
          {t(note)}
        </p>
      ))}
      <h2 className="small-heading">{t(fallback.choicesHeading)}</h2>
      <div className="chips">
        {fallback.choices.map((c) => (
          <button key={c.id} type="button" className="chip" onClick={() => actions.fallback(c.id)}>
            {t(c.label)}
          </button>
        ))}
      </div>
      <div className="row foot-row">
        <button type="button" className="link" onClick={() => setAsking(true)}>
          {t(needsCheckin.title)}
        </button>
      </div>
    </main>
  );
}
