/**
 * Starts the app (main.tsx loads it). The break window's page already holds its first view, and for the
 * offer its markup (first-view-page.ts): React hydrates that, so the offer was painted before this script
 * ran. Other windows ask main for their first view, then mount with it in hand.
 */
import './zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { getBridgeIfAny } from './bridge.ts';
import { pageLocale, switchLocale } from './i18n/load-locale.ts';
import { handedInitialView, loadInitialView } from './session/initial-view.ts';

const root = document.getElementById('root');
if (root) {
  // The page's language first: the break page's markup was rendered in it, and hydration must match.
  await switchLocale(pageLocale(window.location.search, document.documentElement.lang));
  getBridgeIfAny()?.on('app:language', ({ locale }) => void switchLocale(locale));
  const handed = handedInitialView(window.location.hash);
  // If main can't answer yet, the window asks again once mounted.
  const initialView = handed ?? (await loadInitialView(window.location.hash).catch(() => null));
  const app = (
    <StrictMode>
      <App initialView={initialView} />
    </StrictMode>
  );
  // Markup rendered by the same components at build time; a mismatch would be redrawn by React itself.
  if (handed && root.firstElementChild) hydrateRoot(root, app);
  else createRoot(root).render(app);
}
