/**
 * The break window's first paint without a round trip (issue #17): Tend's scheme serves the break
 * window a page that already holds its first view, as data for the renderer and, for the offer, as the
 * offer's markup rendered at build time (scripts/prerender-offer.mts), so Chromium paints it before any
 * script runs and React then hydrates it. One markup per order of offered kinds; the look is applied as
 * attributes on <html>, so it needs none of its own.
 */
import type { BreakKind } from './engine/index.ts';

/** The break window's page: the one renderer page, served with its first view (serve-renderer.ts). */
export const BREAK_PAGE_NAME = 'break.html';

/** The build's table of offer markups, in the renderer folder. */
export const OFFER_MARKUP_FILE = 'first-paint/offer-markup.json';

/** The id of the element carrying the first view as JSON (a data block: never run, so the CSP allows it). */
export const FIRST_VIEW_ELEMENT_ID = 'tend-first-view';

/** The table's key for an offer of `kinds`, in their order. */
export function offerMarkupKey(kinds: readonly BreakKind[]): string {
  return kinds.join(',');
}

/** Every order of every non-empty choice of kinds: the offers a user's settings can produce. */
export function everyOfferKinds(all: readonly BreakKind[] = ['breath', 'tea', 'kind']): BreakKind[][] {
  const out: BreakKind[][] = [];
  const grow = (prefix: BreakKind[]): void => {
    if (prefix.length > 0) out.push(prefix);
    for (const kind of all) if (!prefix.includes(kind)) grow([...prefix, kind]);
  };
  grow([]);
  return out;
}
