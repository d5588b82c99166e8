/**
 * Build time only (scripts/prerender-offer.mts): the break window's offer as static markup, rendered by
 * the same components the window hydrates it with, so the first paint needs no script at all.
 */
import { renderToString } from 'react-dom/server';
import type { OfferView } from '../../../electron/core/ipc-contract.ts';
import type { AnyLocale } from '../../../electron/core/i18n/locales.ts';
import { setActiveLocale, t, type Messages } from '../../../electron/core/i18n/t.ts';
import { SessionView } from '../session/session-view.tsx';

/** Renders in `locale` from now on (its messages read from its locale file by the build script). */
export function renderInLanguage(locale: AnyLocale, messages: Messages): void {
  setActiveLocale(locale, messages);
}

/** The markup of the break window's root for `view`. */
export function renderOfferMarkup(view: OfferView): string {
  return renderToString(<SessionView kind="break" initial={{ kind: 'break', result: { ok: true, value: view } }} />);
}

/** The "Not now" hint for `minutes`, as the offer screen writes it in the language being rendered. */
export function notNowHint(minutes: number): string {
  return t('offer.not-now.hint', { minutes });
}
