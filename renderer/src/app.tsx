/** Picks the screen for the current hash route. */
import { useEffect, useState } from 'react';
import { routeFromHash, type Route } from './route.ts';
import { BreakRoute } from './routes/break-route.tsx';

/** The renderer's root component. */
export function App(): React.JSX.Element {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onHash = (): void => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  switch (route) {
    case 'break':
    case 'grounding':
    case 'settings':
    case 'welcome':
      return <BreakRoute />;
  }
}
