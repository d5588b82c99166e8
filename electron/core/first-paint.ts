/**
 * The break window's first paint without a round trip (issue #17): Tend's scheme serves the break
 * window a page that already holds its first view, as data for the renderer and, for the offer, as the
 * offer's markup rendered at build time (scripts/prerender-offer.mts), so Chromium paints it before any
 * script runs and React then hydrates it. One markup per shape of offer: the order of offered kinds and
 * what Kind words opens (a phrase, or a small thing to do in gentle mode). The look is applied as
 * attributes on <html>, so it needs none of its own; the snooze minutes "Not now" names are rendered as
 * a mark and filled in per page, since the setting has sixty values.
 */
import type { BreakKind } from './engine/index.ts';
import type { LocaleCode } from './i18n/locales.ts';
import { plainNumber } from './i18n/t.ts';
import type { OfferView } from './ipc-contract.ts';

/** The break window's page: the one renderer page, served with its first view (serve-renderer.ts). */
export const BREAK_PAGE_NAME = 'break.html';

/** The build's table of offer markups in `locale` (one file per language), in the renderer folder. */
export function offerMarkupFile(locale: LocaleCode): string {
  return `first-paint/offer-markup.${locale}.json`;
}

/** The id of the element carrying the first view as JSON (a data block: never run, so the CSP allows it). */
export const FIRST_VIEW_ELEMENT_ID = 'tend-first-view';

/** What an offer's markup depends on: its kinds in order and what Kind words opens. */
export type OfferShape = Pick<OfferView, 'kinds' | 'kindOpens'>;

/** The table's key for an offer: what each choice opens, in order (e.g. "breath,tea,care" in gentle mode). */
export function offerMarkupKey({ kinds, kindOpens }: OfferShape): string {
  return kinds.map((kind) => (kind === 'kind' ? kindOpens : kind)).join(',');
}

/** The snooze minutes as the build renders them: a number no setting can hold (snoozeMin is 1–60). */
export const SNOOZE_MARK = 987_654_321;

/**
 * The table's key for the "Not now" hint with `minutes` (or the mark's): a language may say the minutes
 * with a plural, whose words change with the number, so the build writes the hint for every setting.
 */
export function notNowHintKey(minutes: number | 'mark'): string {
  return `not-now-hint:${String(minutes)}`;
}

/** Text as React writes it into markup (renderToString's escaping), so a hint can be found and replaced. */
export function markupText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

/** The build's markup for `view` with its snooze minutes filled in; '' when the table has none. */
export function offerMarkupFor(markups: Readonly<Record<string, string>>, view: OfferView): string {
  const markup = markups[offerMarkupKey(view)] ?? '';
  const mark = markups[notNowHintKey('mark')];
  const hint = markups[notNowHintKey(view.snoozeMin)];
  if (mark !== undefined && hint !== undefined) return markup.replaceAll(mark, () => hint);
  // A table without the hints (an older build): the mark as digits, as plain English writes them.
  return markup.replaceAll(plainNumber(SNOOZE_MARK), plainNumber(view.snoozeMin));
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

/** Every shape of offer: each order of kinds, and where it has Kind words, both things it can open. */
export function everyOfferShape(): OfferShape[] {
  return everyOfferKinds().flatMap((kinds): OfferShape[] =>
    kinds.includes('kind')
      ? [
          { kinds, kindOpens: 'kind' },
          { kinds, kindOpens: 'care' },
        ]
      : [{ kinds, kindOpens: 'kind' }],
  );
}
