/**
 * The one polite live region. Screen readers hear phase changes (the breath's in and out, the next
 * grounding step) and nothing else, and the user can silence even those.
 */
import { createContext, useCallback, useContext, useMemo, useState } from 'react';

interface Announcer {
  /** Says `text` politely, unless announcements are silenced. */
  announce: (text: string) => void;
  silenced: boolean;
  setSilenced: (silenced: boolean) => void;
}

const AnnouncerContext = createContext<Announcer>({
  announce: () => {},
  silenced: false,
  setSilenced: () => {},
});

/** Provides the live region to everything inside. */
export function AnnouncerProvider({ children }: { children: React.ReactNode }): React.JSX.Element {
  const [message, setMessage] = useState({ text: '', n: 0 });
  const [silenced, setSilencedState] = useState(false);
  const announce = useCallback(
    (text: string) => {
      if (!silenced) setMessage((m) => ({ text, n: m.n + 1 }));
    },
    [silenced],
  );
  const setSilenced = useCallback((next: boolean) => {
    setSilencedState(next);
    if (next) setMessage((m) => ({ text: '', n: m.n + 1 }));
  }, []);
  const value = useMemo(() => ({ announce, silenced, setSilenced }), [announce, silenced, setSilenced]);
  return (
    <AnnouncerContext value={value}>
      {children}
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {/* The key makes a repeated word ("Breathe in", "Breathe in") count as a change. */}
        <span key={message.n}>{message.text}</span>
      </div>
    </AnnouncerContext>
  );
}

/** The announcer of the surrounding provider. */
export function useAnnouncer(): Announcer {
  return useContext(AnnouncerContext);
}

/** The switch that silences announcements (shown where announcements happen). */
export function AnnounceToggle({ label }: { label: string }): React.JSX.Element {
  const { silenced, setSilenced } = useAnnouncer();
  return (
    <button type="button" className="toggle" aria-pressed={!silenced} onClick={() => setSilenced(!silenced)}>
      <span className="toggle-box" aria-hidden="true">
        {silenced ? '' : '✓'}
      </span>
      {label}
    </button>
  );
}
