/** Picks the window for the current hash route. */
import { useEffect, useState } from 'react';
import { routeFromHash, type Route } from './route.ts';
import { SessionView } from './session/session-view.tsx';

/** The renderer's root component. */
export function App(): React.JSX.Element {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onHash = (): void => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  switch (route) {
    case 'grounding':
      return <SessionView key="grounding" kind="grounding" />;
    case 'break':
    case 'settings':
    case 'welcome':
      // Settings and welcome get their own windows in their own issues; until then they show the break window.
      return <SessionView key="break" kind="break" />;
  }
}
