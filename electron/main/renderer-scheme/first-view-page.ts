/**
 * The break window's page with its first view inside (issue #17): the renderer page, with the view as a
 * JSON data block the renderer reads at once instead of asking main (break:current), the look as
 * attributes on <html>, and for the offer its markup rendered at build time, so Chromium paints the
 * offer before any script has run. A data block (type application/json) is never executed, so the
 * page's CSP (script-src 'self') stands as it is (HTML spec, "data block"; CSP applies to scripts run).
 */
import { FIRST_VIEW_ELEMENT_ID, offerMarkupFor } from '../../core/first-paint.ts';
import { directionOf, type LocaleCode } from '../../core/i18n/locales.ts';
import type { BreakView } from '../../core/ipc-contract.ts';

/** Offer markups by offerMarkupKey, snooze minutes still marked (the build's first-paint/offer-markup.json). */
export type OfferMarkups = Readonly<Record<string, string>>;

const ROOT = '<div id="root"></div>';

/** The markup table from the build's JSON text; null when it is not a table of strings. */
export function offerMarkupsFrom(text: string): OfferMarkups | null {
  try {
    const table: unknown = JSON.parse(text);
    if (typeof table !== 'object' || table === null || Array.isArray(table)) return null;
    return Object.values(table).every((markup) => typeof markup === 'string') ? (table as OfferMarkups) : null;
  } catch {
    return null;
  }
}

/**
 * The page with `locale` as its language and that language's direction on <html> (the build writes
 * lang="en"): the stylesheet lays out right to left from the first paint, and the renderer starts in
 * that language (load-locale.ts reads it).
 */
export function pageInLanguage(html: string, locale: LocaleCode): string {
  return html.replace(/<html([^>]*?)\slang="[^"]*"/, (_, before: string) => `<html${before} lang="${locale}" dir="${directionOf(locale)}"`);
}

/** JSON safe inside a <script> element: no "</script>" or "<!--" can end or bend it. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The attributes the page's look sets on <html> (use-look.ts sets the same once React runs). */
function lookAttributes(view: BreakView): string {
  const { theme, reducedMotion } = view.look;
  return `${theme === 'system' ? '' : ` data-theme="${theme}"`}${reducedMotion === 'on' ? ' data-motion="reduce"' : ''}`;
}

/**
 * The page `indexHtml` carrying `view` (null: the page as it is). Returns null when the page is not the
 * one Tend built (no empty root or no <html> tag), so the caller can serve it unchanged.
 */
export function firstViewPage(indexHtml: string, view: BreakView | null, markups: OfferMarkups | null): string | null {
  if (view === null) return indexHtml;
  if (!indexHtml.includes(ROOT) || !/<html[\s>]/.test(indexHtml)) return null;
  const markup = view.view === 'offer' && markups ? offerMarkupFor(markups, view) : '';
  const data = `<script type="application/json" id="${FIRST_VIEW_ELEMENT_ID}">${scriptSafeJson(view)}</script>`;
  return indexHtml
    .replace(/<html([\s>])/, (_, after: string) => `<html${lookAttributes(view)}${after}`)
    // Chromium holds a page's first paint until DOMContentLoaded when that comes soon, and a deferred
    // (module) script delays DOMContentLoaded: measured, the offer painted only after the script ran.
    // An async script does not hold it back; main.tsx waits for the document itself.
    .replace('<script type="module" crossorigin src=', '<script type="module" async crossorigin src=')
    .replace(ROOT, () => `${data}<div id="root">${markup}</div>`);
}
