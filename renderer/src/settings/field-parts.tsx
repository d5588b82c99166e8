/** Pieces the settings sections share: a section with its heading, and the message beside a field. */
import { useCallback, useState } from 'react';
import { useAnnouncer } from '../a11y/announcer.tsx';
import './field-parts.css';

/** A section of the settings window, labelled by its heading (which can take focus from the nav). */
export function Section({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** The message beside a field; it is rendered only while there is one, so aria-describedby never points at nothing. */
export function FieldMessage({
  id,
  message,
}: {
  id: string;
  message: string | null;
}): React.JSX.Element | null {
  if (message === null) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

/** The ids for aria-describedby: the hints always, the message only while it shows. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

/** A field's message, which is also said politely to screen readers when it appears. */
export function useFieldMessage(): [string | null, (message: string | null) => void] {
  const [message, setMessage] = useState<string | null>(null);
  const { announce } = useAnnouncer();
  const show = useCallback(
    (next: string | null) => {
      setMessage(next);
      if (next !== null) announce(next);
    },
    [announce],
  );
  return [message, show];
}
