/** Pieces every screen shares: the heading that can take focus, the way out, and the focus rule. */
import { useEffect, useRef } from 'react';
import { fallback, type ContentItem } from '../../../electron/core/content/index.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import type { FocusOnShow } from '../session/use-session.ts';

/** Focuses the element when the screen appears, if `when` says so. */
export function useFocusOnShow<T extends HTMLElement>(when: boolean): React.RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [when]);
  return ref;
}

/** The screen's heading; it takes focus when the screen was opened by the user (so screen readers read it). */
export function ScreenHeading({
  id,
  focus,
  className,
  children,
}: {
  id: string;
  focus: FocusOnShow;
  className?: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const ref = useFocusOnShow<HTMLHeadingElement>(focus === 'heading');
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}

/** "This doesn't feel right": on every prompt, in the catalogue's words. */
export function NotRightLink({ onClick }: { onClick: () => void }): React.JSX.Element {
  return (
    <button type="button" className="link not-right" onClick={onClick}>
      {t(fallback.link)}
    </button>
  );
}

/** A prompt's steps, one paragraph each, in the catalogue's words. */
export function PromptSteps({ steps }: { steps: ContentItem['steps'] }): React.JSX.Element {
  return (
    <div className="steps">
      {steps.map((step) => (
        <p key={step.text} className="step-text">
          {t(step.text)}
        </p>
      ))}
    </div>
  );
}

/** The foot of a prompt: "This doesn't feel right" at the start, the way onward (already worded) at the end. */
export function PromptFoot({
  onNotRight,
  onDone,
  doneLabel,
}: {
  onNotRight: () => void;
  onDone: () => void;
  doneLabel: string;
}): React.JSX.Element {
  return (
    <div className="row foot-row">
      <NotRightLink onClick={onNotRight} />
      <span className="spacer" />
      <button type="button" className="button primary" onClick={onDone}>
        {doneLabel}
      </button>
    </div>
  );
}
