/**
 * One step at a time, next and back, stop whenever: what grounding and the practices share. Step changes
 * are announced (and can be silenced). Back stays focusable on the first step (aria-disabled, not
 * disabled), so a keyboard user who steps back to the start keeps focus where it was.
 */
import { useState, type ReactNode } from 'react';
import { t } from '../../../electron/core/i18n/t.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import type { FocusOnShow, SessionActions } from '../session/use-session.ts';
import { ScreenFoot, ScreenHeading, ScreenReaderSwitch, useFocusOnShow } from './screen-parts.tsx';

/** The screen's steps, already in the user's words; `note` shows under the step at the given index. */
export interface StepThroughProps {
  name: 'grounding' | 'practice';
  title: string;
  steps: readonly string[];
  note?: (at: number) => ReactNode;
  /** The step, by index, whose words give room to what it holds (the letter's box): they show smaller. */
  roomyAt?: number | null;
  actions: SessionActions;
  focus: FocusOnShow;
}

/** A screen that walks through `steps`. */
export function StepThrough({ name, title, steps, note, roomyAt = null, actions, focus }: StepThroughProps): React.JSX.Element {
  const [at, setAt] = useState(0);
  const { announce } = useAnnouncer();
  const nextRef = useFocusOnShow<HTMLButtonElement>(focus === 'primary');
  const last = at === steps.length - 1;
  const go = (to: number): void => {
    const target = steps[to];
    if (target === undefined) return;
    setAt(to);
    announce(target);
  };
  return (
    <main className={`screen prompt ${name}`} aria-labelledby={`${name}-title`}>
      <div className="row head-row">
        <ScreenHeading id={`${name}-title`} focus={focus} className="title-small">
          {title}
        </ScreenHeading>
      </div>
      <p className="muted small" data-testid={`${name}-step-of`}>
        {t('grounding.step-of', { n: at + 1, total: steps.length })}
      </p>
      <p className={at === roomyAt ? 'step-text' : 'step-text big'} data-testid={`${name}-step`}>
        {steps[at] ?? ''}
      </p>
      {note?.(at)}
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
