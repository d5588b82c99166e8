/**
 * The renderer's Content-Security-Policy, written once: main sends it as a response header with every
 * page of Tend's scheme, and renderer/index.html carries the same policy in a meta tag (a test keeps the
 * two equal). Nothing may load from outside Tend's own origin; no inline script, no eval.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
