/**
 * Renders the timed offer's markup for every shape of offer (each order of offered kinds, and what Kind
 * words opens) into the built renderer folder
 * (electron/core/first-paint.ts), after `electron-vite build`. The components are bundled for Node with
 * esbuild (stylesheets dropped: the page links them), rendered with react-dom/server, then thrown away.
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { everyOfferShape, OFFER_MARKUP_FILE, offerMarkupKey, SNOOZE_MARK } from '../electron/core/first-paint.ts';
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
  const { renderOfferMarkup } = (await import(pathToFileURL(bundle).href)) as { renderOfferMarkup: (view: OfferView) => string };
  const table: Record<string, string> = {};
  for (const shape of everyOfferShape()) {
    // The snooze minutes stay a mark here; the page fills in the user's (offerMarkupFor).
    const view: OfferView = { view: 'offer', ...shape, snoozeMin: SNOOZE_MARK, look: { theme: 'system', reducedMotion: 'system' } };
    table[offerMarkupKey(shape)] = renderOfferMarkup(view);
  }
  const out = join(root, 'out/renderer', OFFER_MARKUP_FILE);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(table)}\n`);
  console.error(`prerender: ${String(Object.keys(table).length)} offer markups → ${OFFER_MARKUP_FILE}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
