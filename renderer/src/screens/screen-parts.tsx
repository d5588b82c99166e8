/** Pieces every screen shares: the heading that can take focus, the way out, and the focus rule. */
import { useEffect, useRef } from 'react';
import { fallback } from '../../../electron/core/content/index.ts';
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
