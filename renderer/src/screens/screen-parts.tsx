/**
 * Pieces every screen shares: the heading that can take focus, the way out (always at the foot's start,
 * bottom left, on every prompt), the screen-reader switch, and the focus rule.
 */
import { useEffect, useRef } from 'react';
import { fallback, type ContentItem } from '../../../electron/core/content/index.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import { AnnounceToggle } from '../a11y/announcer.tsx';
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

/**
 * The foot of every prompt: "This doesn't feel right" first, at the bottom left, so it is in one place on
 * every screen; the prompt's own controls after it, at the end.
 */
export function ScreenFoot({
  onNotRight,
  children,
}: {
  onNotRight: () => void;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <div className="row foot-row">
      <NotRightLink onClick={onNotRight} />
      <span className="spacer" />
      {children}
    </div>
  );
}

/** The foot of a prompt whose only way onward is one main button (already worded). */
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
    <ScreenFoot onNotRight={onNotRight}>
      <button type="button" className="button primary" onClick={onDone}>
        {doneLabel}
      </button>
    </ScreenFoot>
  );
}

/**
 * The switch that quiets the screen reader's words for each breath or step. Only screen readers say
 * them, so it sits last on the screen and out of sight until it has keyboard focus; its label names it
 * as a screen-reader setting, so nobody expects the app itself to speak.
 */
export function ScreenReaderSwitch({ label }: { label: string }): React.JSX.Element {
  return (
    <div className="screen-reader-switch" data-testid="screen-reader-switch">
      <AnnounceToggle label={label} />
    </div>
  );
}
