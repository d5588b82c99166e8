/**
 * Applies a view's look to the page: the theme setting (system, light or dark) and the app's own
 * reduced-motion setting, as data attributes the stylesheet reads. Also tells components whether motion
 * is reduced, by the app setting or by the system.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { Look } from '../../../electron/core/ipc-contract.ts';

const reduceQuery = '(prefers-reduced-motion: reduce)';

let made: { from: unknown; list: MediaQueryList } | null = null;
/** The query's list, made once per matchMedia: React reads the snapshot on every render, and each call parses. */
function media(): MediaQueryList | null {
  if (typeof window.matchMedia !== 'function') return null;
  // Compared by identity only (a test may stand in its own matchMedia).
  const from: unknown = Reflect.get(window, 'matchMedia');
  if (made === null || made.from !== from) made = { from, list: window.matchMedia(reduceQuery) };
  return made.list;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** Whether the system asks for reduced motion. */
export function useSystemReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => media()?.matches ?? false);
}

/** Sets data-theme and data-motion on <html> for `look` (system theme leaves the media query in charge). */
export function useLook(look: Look | null): void {
  const theme = look?.theme ?? 'system';
  const reduced = look?.reducedMotion === 'on';
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
    if (reduced) root.dataset['motion'] = 'reduce';
    else delete root.dataset['motion'];
  }, [theme, reduced]);
}

/** True when motion is reduced by the app setting or by the system. */
export function useReducedMotion(look: Look): boolean {
  const system = useSystemReducedMotion();
  return look.reducedMotion === 'on' || system;
}
