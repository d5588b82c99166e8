/** A small outward action: gentle mode's kind-words slot, or the answer to a need from the check-in. */
import { itemById } from '../../../electron/core/content/index.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import type { CareView } from '../../../electron/core/ipc-contract.ts';
import type { FocusOnShow, SessionActions } from '../session/use-session.ts';
import { PromptFoot, PromptSteps, ScreenHeading } from './screen-parts.tsx';

/** The care action screen. */
export function CareScreen({
  view,
  actions,
  focus,
}: {
  view: CareView;
  actions: SessionActions;
  focus: FocusOnShow;
}): React.JSX.Element | null {
  const item = itemById(view.itemId);
  if (item?.kind !== 'care-action') return null;
  return (
    <main className="screen prompt care" aria-labelledby="care-title">
      <ScreenHeading id="care-title" focus={focus}>
        {t(item.title)}
      </ScreenHeading>
      <PromptSteps steps={item.steps} />
      <div className="row">
        <button type="button" className="button" onClick={actions.another}>
          {t('break.care.another')}
        </button>
      </div>
      <PromptFoot onNotRight={actions.notRight} onDone={actions.done} doneLabel={t('break.done')} />
    </main>
  );
}
