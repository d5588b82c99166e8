/**
 * The break page's stylesheet inline (issue #17): a linked stylesheet blocks the first paint until it
 * has been asked for and read, which measured about half again a one-line page's first paint; inline it
 * costs nothing extra. The page's policy then allows exactly that text by its hash, in the meta tag as in
 * the header (both policies apply, so both must allow it), and still no other inline style.
 */
import { createHash } from 'node:crypto';
import { RENDERER_CSP, rendererCspWithStyleHash } from '../../core/content-security-policy.ts';

/** The built page's one stylesheet link: the tag as written and its file's path in the folder. */
export interface StylesheetLink {
  tag: string;
  segments: string[];
}

const LINK = /<link rel="stylesheet"(?: crossorigin)? href="\.\/((?:assets\/)?[\w.-]+\.css)">/g;

/** The page's stylesheet link as Vite writes it; null unless there is exactly one. */
export function stylesheetLink(html: string): StylesheetLink | null {
  const links = [...html.matchAll(LINK)];
  const [only] = links;
  if (links.length !== 1 || !only?.[1]) return null;
  return { tag: only[0], segments: only[1].split('/') };
}

/**
 * `html` with `css` in place of the link and its meta policy allowing that text, plus the policy for the
 * header; null when that cannot be done safely (the text could end its element, or the meta policy is
 * not Tend's), so the caller serves the page with its link.
 */
export function inlineStylesheet(html: string, link: StylesheetLink, css: string): { html: string; csp: string } | null {
  if (/<\/style/i.test(css)) return null;
  const meta = `content="${RENDERER_CSP}"`;
  if (!html.includes(link.tag) || html.split(meta).length !== 2) return null;
  const csp = rendererCspWithStyleHash(createHash('sha256').update(css, 'utf8').digest('base64'));
  return {
    html: html.replace(meta, () => `content="${csp}"`).replace(link.tag, () => `<style>${css}</style>`),
    csp,
  };
}
