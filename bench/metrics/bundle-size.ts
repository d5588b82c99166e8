/**
 * Bundle sizes from the build in out/: the main process, and the JS + CSS the break route loads: what
 * the page links, the app the small entry always imports after the first paint (renderer/src/main.tsx),
 * and every chunk those import statically. Chunks imported lazily by other windows (settings, welcome,
 * home) are not on the break route and are not counted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { localeCodes } from '../../electron/core/i18n/locales.ts';
import type { MetricSource } from '../metric.ts';

const out = resolve(import.meta.dirname, '../../out');

/** Files an HTML page loads directly (module scripts, modulepreloads and stylesheets), entry first. */
export function pageAssets(html: string, folder: string): { entry: string | null; files: string[] } {
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const entry = /<script[^>]*\bsrc="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
  return { entry: entry ? join(folder, entry) : null, files: refs.filter(Boolean).map((r) => join(folder, r)) };
}

/** Relative chunks a built module imports: statically always, and dynamically when asked. */
export function chunkImports(code: string, dynamic: boolean): string[] {
  const found = [...code.matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  if (dynamic) found.push(...[...code.matchAll(/\bimport\(\s*[`"'](\.\/[^`"']+\.js)[`"']\s*\)/g)].map((m) => m[1] ?? ''));
  return found.filter(Boolean);
}

/** Every file of the break route: the page's own, the entry's dynamic imports, and static imports of all. */
export function breakRouteFiles(htmlPath: string, read: (file: string) => string = (f) => readFileSync(f, 'utf8')): string[] {
  const { entry, files } = pageAssets(read(htmlPath), dirname(htmlPath));
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    for (const ref of chunkImports(read(file), file === entry)) visit(join(dirname(file), ref));
  };
  files.forEach(visit);
  return [...seen];
}

/**
 * The chunk of each language but English (issue #20): Vite names a locale file's chunk after it
 * (de.json → assets/de-<hash>.js). English is part of the app's code; another language adds its chunk.
 */
export function localeChunks(assetsDir: string, codes: readonly string[]): Map<string, string> {
  const names = readdirSync(assetsDir);
  const chunks = new Map<string, string>();
  for (const code of codes) {
    const name = names.find((n) => n.startsWith(`${code}-`) && n.endsWith('.js') && /^[\w-]+-[\w-]{8}\.js$/.test(n));
    if (name) chunks.set(code, join(assetsDir, name));
  }
  return chunks;
}

const gzipKBOf = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

export const bundleSize: MetricSource = {
  title: 'Bundle size',
  measure() {
    const mainKB = statSync(join(out, 'main/index.cjs')).size / 1024;
    const files = breakRouteFiles(join(out, 'renderer/index.html'));
    if (files.length === 0) throw new Error('No assets found in out/renderer/index.html: run the build first');
    const gzipKB = files.reduce((sum, file) => sum + gzipKBOf(file), 0);
    const others = localeCodes.filter((code) => code !== 'en');
    const chunks = localeChunks(join(out, 'renderer/assets'), others);
    if (chunks.size !== others.length) throw new Error(`Locale chunks found for ${[...chunks.keys()].join(', ')} of ${others.join(', ')}`);
    const largest = Math.max(...[...chunks.values()].map(gzipKBOf));
    return Promise.resolve([
      { name: 'main.bundleKB', value: round(mainKB), unit: 'kB' },
      {
        name: 'renderer.breakRouteGzipKB',
        value: round(gzipKB),
        unit: 'kB gzip',
        budget: 150,
        note: `${String(files.length)} files: the page's, the app its entry imports, and their static imports; in English`,
      },
      {
        name: 'renderer.largestLocaleGzipKB',
        value: round(largest),
        unit: 'kB gzip',
        note: `the largest of ${String(chunks.size)} language chunks: what another language adds to the break route, loaded only when active`,
      },
      {
        name: 'renderer.breakRouteInLargestLocaleGzipKB',
        value: round(gzipKB + largest),
        unit: 'kB gzip',
        budget: 150,
        note: 'the break route with the largest language loaded',
      },
    ]);
  },
};

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
