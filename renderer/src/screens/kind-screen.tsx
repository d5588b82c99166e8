/** Kind words: one phrase, another one, keep this one, hide this phrase, or a short practice instead. */
import { itemById, type InvitedPracticeId } from '../../../electron/core/content/index.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import type { KindView } from '../../../electron/core/ipc-contract.ts';
import type { FocusOnShow, SessionActions } from '../session/use-session.ts';
import { PromptFoot, ScreenHeading } from './screen-parts.tsx';

/** A quiet way into a short practice (issue #21): named by its title, opened only if the user likes. */
function PracticeInvitation({
  id,
  onOpen,
}: {
  id: InvitedPracticeId;
  onOpen: (id: InvitedPracticeId) => void;
}): React.JSX.Element | null {
  const item = itemById(id);
  if (!item) return null;
  return (
    <button type="button" className="quiet" data-testid="practice-invitation" onClick={() => onOpen(id)}>
      {t('break.kind.practice', { title: t(item.title) })}
    </button>
  );
}

/** The kind words screen; `hidden` says the previous phrase was just hidden. */
export function KindScreen({
  view,
  actions,
  focus,
  hidden,
}: {
  view: KindView;
  actions: SessionActions;
  focus: FocusOnShow;
  hidden: boolean;
}): React.JSX.Element {
  return (
    <main className="screen prompt kind" aria-labelledby="kind-title">
      <ScreenHeading id="kind-title" focus={focus} className="eyebrow">
        {t(view.heading)}
      </ScreenHeading>
      <p className="phrase" data-testid="phrase">
        {view.text}
      </p>
      {hidden && <p className="muted small">{t('break.kind.hidden')}</p>}
      <div className="row">
        <button type="button" className="button" onClick={actions.another}>
          {t('break.kind.another')}
        </button>
        <button
          type="button"
          className="button keep"
          aria-pressed={view.favourite}
          onClick={() => actions.keep(view.phraseId, !view.favourite)}
        >
          <span className="keep-mark" aria-hidden="true">
            {view.favourite ? '♥' : '♡'}
          </span>
          {t('break.kind.keep')}
        </button>
      </div>
      <div className="row">
        <button type="button" className="quiet" onClick={() => actions.hide(view.phraseId)}>
          {t('break.kind.hide')}
        </button>
        {view.practice && <PracticeInvitation id={view.practice} onOpen={actions.practice} />}
      </div>
      <PromptFoot onNotRight={actions.notRight} onDone={actions.done} doneLabel={t('break.done')} />
    </main>
  );
}
