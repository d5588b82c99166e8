/**
 * Vite's dev server injects an inline React-refresh preamble and talks over a websocket, which the
 * strict CSP in index.html forbids. This relaxes the CSP for `vite serve` only; builds keep it strict.
 */
import type { Plugin } from 'vite';

/** A Vite plugin that loosens the page CSP during development only. */
export function devCspPlugin(): Plugin {
  return {
    name: 'tend-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
    },
  };
}
