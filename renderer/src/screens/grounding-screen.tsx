/** Grounding: one step at a time (step-through.tsx), with a note on how the first step can be swapped. */
import { itemById } from '../../../electron/core/content/index.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import type { GroundingView } from '../../../electron/core/ipc-contract.ts';
import type { FocusOnShow, SessionActions } from '../session/use-session.ts';
import { StepThrough } from './step-through.tsx';

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
  if (item?.kind !== 'grounding') return null;
  const swap = item.substitutions[0];
  return (
    <StepThrough
      name="grounding"
      title={t(item.title)}
      steps={item.steps.map((s) => t(s.text))}
      note={(at) => (at === 0 && swap ? <p className="muted small">{t(swap)}</p> : null)}
      actions={actions}
      focus={focus}
    />
  );
}
