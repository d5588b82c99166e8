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

/**
 * The policy for a page carrying one inline stylesheet (the break page, issue #17): exactly that text is
 * allowed, by its SHA-256 in base64 (CSP Level 2 hash-source), and nothing else inline.
 */
export function rendererCspWithStyleHash(sha256Base64: string): string {
  return RENDERER_CSP.replace("style-src 'self'", `style-src 'self' 'sha256-${sha256Base64}'`);
}
