/** Renderer entry: asks for the window's first view, then mounts the app with it in hand. */
import './zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { loadInitialView } from './session/initial-view.ts';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // If main can't answer yet, the window asks again once mounted.
  const initialView = await loadInitialView(window.location.hash).catch(() => null);
  createRoot(root).render(
    <StrictMode>
      <App initialView={initialView} />
    </StrictMode>,
  );
}
