/**
 * One window's screens: the break window (#/break) or the grounding window (#/grounding). Esc is "Not
 * now" on the offer and ends a prompt (the grounding window simply closes); the first press inside the
 * inactive break window lets it take focus.
 */
import { useEffect, useRef } from 'react';
import { AnnouncerProvider } from '../a11y/announcer.tsx';
import { getBridge } from '../bridge.ts';
import { BreathScreen } from '../screens/breath-screen.tsx';
import { CareScreen } from '../screens/care-screen.tsx';
import { ClosingScreen, ProblemScreen } from '../screens/closing-screen.tsx';
import { FallbackScreen } from '../screens/fallback-screen.tsx';
import { GroundingScreen } from '../screens/grounding-screen.tsx';
import { KindScreen } from '../screens/kind-screen.tsx';
import { OfferScreen } from '../screens/offer-screen.tsx';
import { PracticeScreen } from '../screens/practice-screen.tsx';
import { TeaScreen } from '../screens/tea-screen.tsx';
import type { InitialView, WindowKind } from './initial-view.ts';
import { useLook } from './use-look.ts';
import { useSession, type Screen, type SessionActions } from './use-session.ts';

function ScreenFor({
  screen,
  actions,
}: {
  screen: Screen;
  actions: SessionActions;
}): React.JSX.Element | null {
  switch (screen.name) {
    case 'loading':
    case 'closed':
      return null;
    case 'closing':
      return <ClosingScreen actions={actions} />;
    case 'problem':
      return <ProblemScreen actions={actions} />;
    case 'view':
      break;
  }
  const { view, focus, n } = screen;
  switch (view.view) {
    case 'offer':
      return <OfferScreen view={view} actions={actions} />;
    case 'breath':
      return <BreathScreen key={n} view={view} actions={actions} focus={focus} />;
    case 'tea':
      return <TeaScreen key={n} view={view} actions={actions} focus={focus} />;
    case 'kind':
      return <KindScreen key={n} view={view} actions={actions} focus={focus} hidden={screen.hidden} />;
    case 'care':
      return <CareScreen key={n} view={view} actions={actions} focus={focus} />;
    case 'grounding':
      return <GroundingScreen key={n} view={view} actions={actions} focus={focus} />;
    case 'practice':
      return <PracticeScreen key={n} view={view} actions={actions} focus={focus} />;
    case 'fallback':
      return <FallbackScreen key={n} view={view} actions={actions} focus={focus} />;
  }
}

function onEscape(screen: Screen, actions: SessionActions): void {
  if (screen.name === 'closed' || screen.name === 'loading') return;
  if (screen.name === 'view' && screen.view.view === 'offer') actions.notNow();
  else if (screen.name === 'view') actions.stop();
  else actions.close();
}

/** The window's session, with its screens and keys; `initial` is its first view when asked for before mounting. */
export function SessionView({
  kind,
  initial = null,
}: {
  kind: WindowKind;
  initial?: InitialView | null;
}): React.JSX.Element {
  const { screen, actions } = useSession(kind, initial);
  useLook(screen.name === 'view' ? screen.view.look : screen.name === 'loading' ? null : screen.look);
  const latest = useRef({ screen, actions });
  useEffect(() => {
    latest.current = { screen, actions };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      onEscape(latest.current.screen, latest.current.actions);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const activated = useRef(kind !== 'break');
  const onPointerDown = (): void => {
    if (activated.current) return;
    activated.current = true;
    void getBridge().invoke('window:activate');
  };
  return (
    <AnnouncerProvider>
      <div className="window" onPointerDownCapture={onPointerDown}>
        <ScreenFor screen={screen} actions={actions} />
      </div>
    </AnnouncerProvider>
  );
}
