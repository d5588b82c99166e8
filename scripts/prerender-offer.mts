/**
 * Renders the timed offer's markup for every shape of offer (each order of offered kinds, and what Kind
 * words opens) in every language, one file per language, into the built renderer folder
 * (electron/core/first-paint.ts), after `electron-vite build`. The components are bundled for Node with
 * esbuild (stylesheets dropped: the page links them), rendered with react-dom/server, then thrown away.
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { everyOfferShape, markupText, notNowHintKey, offerMarkupFile, offerMarkupKey, SNOOZE_MARK } from '../electron/core/first-paint.ts';
import { minuteBounds } from '../electron/core/settings/settings-schema.ts';
import { messagesOfLocaleFile } from '../electron/core/i18n/locale-file.ts';
import { localeCodes } from '../electron/core/i18n/locales.ts';
import type { OfferView } from '../electron/core/ipc-contract.ts';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'tend-prerender-'));
try {
  const bundle = join(work, 'render-offer.cjs');
  await build({
    entryPoints: [join(root, 'renderer/src/first-paint/render-offer.tsx')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const { renderOfferMarkup, renderInLanguage, notNowHint } = (await import(pathToFileURL(bundle).href)) as {
    renderOfferMarkup: (view: OfferView) => string;
    renderInLanguage: (locale: string, messages: Record<string, string>) => void;
    notNowHint: (minutes: number) => string;
  };
  for (const locale of localeCodes) {
    const file = join(root, 'electron/core/i18n/locales', `${locale}.json`);
    renderInLanguage(locale, locale === 'en' ? {} : messagesOfLocaleFile(JSON.parse(readFileSync(file, 'utf8'))));
    const table: Record<string, string> = {};
    for (const shape of everyOfferShape()) {
      // The snooze minutes stay a mark here; the page fills in the user's (offerMarkupFor).
      const view: OfferView = { view: 'offer', ...shape, snoozeMin: SNOOZE_MARK, look: { theme: 'system', reducedMotion: 'system' } };
      table[offerMarkupKey(shape)] = renderOfferMarkup(view);
    }
    // The "Not now" hint for the mark and for every setting, as the markup holds it (offerMarkupFor).
    table[notNowHintKey('mark')] = markupText(notNowHint(SNOOZE_MARK));
    const { min, max }: { min: number; max: number } = minuteBounds.snoozeMin;
    for (let minutes = min; minutes <= max; minutes++)
      table[notNowHintKey(minutes)] = markupText(notNowHint(minutes));
    const out = join(root, 'out/renderer', offerMarkupFile(locale));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(table)}\n`);
  }
  console.error(`prerender: ${String(everyOfferShape().length)} offer markups in ${String(localeCodes.length)} languages → ${offerMarkupFile('en')} …`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
