/**
 * A practice (issue #21): the warm-up, the Self-Compassion Break or the friend check from Kind words,
 * one step at a time (step-through.tsx), with "This doesn't feel right" on every step.
 */
import { itemById } from '../../../electron/core/content/index.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import type { PracticeView } from '../../../electron/core/ipc-contract.ts';
import type { FocusOnShow, SessionActions } from '../session/use-session.ts';
import { StepThrough } from './step-through.tsx';

/** The practice screen. */
export function PracticeScreen({
  view,
  actions,
  focus,
}: {
  view: PracticeView;
  actions: SessionActions;
  focus: FocusOnShow;
}): React.JSX.Element | null {
  const item = itemById(view.itemId);
  if (!item) return null;
  return (
    <StepThrough
      name="practice"
      title={t(item.title)}
      steps={item.steps.map((s) => t(s.text))}
      actions={actions}
      focus={focus}
    />
  );
}
