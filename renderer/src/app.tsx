/** Picks the window for the current hash route. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { routeFromHash, type Route } from './route.ts';
import { SessionView } from './session/session-view.tsx';

// Loaded only in their own windows, so the break window's bundle (and its first paint) stays small.
const SettingsWindow = lazy(() =>
  import('./settings/settings-window.tsx').then((m) => ({ default: m.SettingsWindow })),
);
const WelcomeWindow = lazy(() =>
  import('./welcome/welcome-window.tsx').then((m) => ({ default: m.WelcomeWindow })),
);

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
      return <SessionView key="break" kind="break" />;
    case 'settings':
      return (
        <Suspense fallback={null}>
          <SettingsWindow />
        </Suspense>
      );
    case 'welcome':
      return (
        <Suspense fallback={null}>
          <WelcomeWindow />
        </Suspense>
      );
  }
}
