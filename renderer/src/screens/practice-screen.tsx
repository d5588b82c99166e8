/**
 * A practice (issue #21): the warm-up, the Self-Compassion Break or the friend check from Kind words, or
 * a longer one asked for by name, one step at a time (step-through.tsx), with "This doesn't feel right"
 * on every step; the letter's writing step has a box to write in (letter-box.tsx).
 */
import { useState } from 'react';
import { itemById } from '../../../electron/core/content/index.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import type { PracticeView } from '../../../electron/core/ipc-contract.ts';
import type { FocusOnShow, SessionActions } from '../session/use-session.ts';
import { LetterBox } from './letter-box.tsx';
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
  // The letter's text lives here, so stepping back and forth keeps it; it goes with the window.
  const [letter, setLetter] = useState('');
  if (!item) return null;
  const writeAt = item.kind === 'longer' ? item.writeStep : null;
  return (
    <StepThrough
      name="practice"
      title={t(item.title)}
      steps={item.steps.map((s) => t(s.text))}
      note={(at) => (at === writeAt ? <LetterBox text={letter} onChange={setLetter} /> : null)}
      roomyAt={writeAt}
      actions={actions}
      focus={focus}
    />
  );
}
