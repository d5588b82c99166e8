/**
 * Which file of the renderer folder a `tend://app/…` request names, decided from the URL text alone.
 * Anything that is not a plain relative path of ordinary names is refused with a reason for the log:
 * dot segments (also percent-encoded), encoded or literal slashes and backslashes, NUL, absolute or
 * drive paths, query strings, other hosts, over-long addresses.
 */
import { RENDERER_HOST, RENDERER_SCHEME } from '../../core/app-identity.ts';

/** Longest address served; Tend's own files are far shorter. */
const MAX_URL_LENGTH = 512;

/** A file name inside the renderer folder: no leading dot (hidden files), no separators, no drive colon. */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** The outcome of reading a request's address. */
type RequestPath = { ok: true; segments: string[] } | { ok: false; reason: string };

/** The path segments of the renderer file that `rawUrl` names, or why it names none. */
export function requestPath(rawUrl: string): RequestPath {
  if (rawUrl.length > MAX_URL_LENGTH) return { ok: false, reason: 'address too long' };
  // A fragment is never part of what is asked for.
  const asked = rawUrl.split('#', 1)[0] ?? '';
  // Checked on the raw text: the URL parser would quietly resolve these before we saw them.
  if (/%(2e|2f|5c|00)/i.test(asked)) return { ok: false, reason: 'encoded dot, slash, backslash or NUL' };
  if (/[\\\0]/.test(asked)) return { ok: false, reason: 'backslash or NUL' };
  let url: URL;
  try {
    url = new URL(asked);
  } catch {
    return { ok: false, reason: 'not an address' };
  }
  // Chromium lower-cases the host of a standard scheme; Node leaves custom schemes as written.
  if (url.protocol !== `${RENDERER_SCHEME}:` || url.host.toLowerCase() !== RENDERER_HOST) return { ok: false, reason: 'another scheme or host' };
  if (url.username !== '' || url.password !== '' || url.port !== '') return { ok: false, reason: 'credentials or port' };
  if (url.search !== '' || asked.includes('?')) return { ok: false, reason: 'query string' };
  const path = url.pathname === '/' ? '/index.html' : url.pathname;
  const segments = path.slice(1).split('/');
  // Dot segments never survive parsing, so a raw one means the address tried to climb.
  if (/\/\.\.?(\/|$)/.test(asked)) return { ok: false, reason: 'dot segment' };
  for (const segment of segments) {
    if (!SEGMENT.test(segment)) return { ok: false, reason: `unusual path segment` };
  }
  return { ok: true, segments };
}
