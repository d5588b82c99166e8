/** Picks the window for the current hash route. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useActiveLocale } from './i18n/use-locale.ts';
import { routeFromHash, type Route } from './route.ts';
import type { InitialView } from './session/initial-view.ts';
import { SessionView } from './session/session-view.tsx';

// Loaded only in their own windows, so the break window's bundle (and its first paint) stays small.
const SettingsWindow = lazy(() =>
  import('./settings/settings-window.tsx').then((m) => ({ default: m.SettingsWindow })),
);
const WelcomeWindow = lazy(() =>
  import('./welcome/welcome-window.tsx').then((m) => ({ default: m.WelcomeWindow })),
);

const HomeWindow = lazy(() => import('./home/home-window.tsx').then((m) => ({ default: m.HomeWindow })));

/** The renderer's root component; `initialView` is the first view main gave before it mounted (main.tsx). */
export function App({ initialView }: { initialView: InitialView | null }): React.JSX.Element {
  // Every window redraws in a new language at once (issue #20): the whole tree renders from here.
  useActiveLocale();
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  // The first view belongs to the route the window opened with: a route it moves to later asks afresh.
  const [initial, setInitial] = useState(initialView);
  useEffect(() => {
    const onHash = (): void => {
      setInitial(null);
      setRoute(routeFromHash(window.location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  switch (route) {
    case 'grounding':
      return <SessionView key="grounding" kind="grounding" initial={initial} />;
    case 'break':
      return <SessionView key="break" kind="break" initial={initial} />;
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
    case 'home':
      return (
        <Suspense fallback={null}>
          <HomeWindow />
        </Suspense>
      );
  }
}
