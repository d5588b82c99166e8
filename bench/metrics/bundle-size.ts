/**
 * Bundle sizes from the build in out/: the main process, and the JS + CSS the break route loads: what
 * the page links, the app the small entry always imports after the first paint (renderer/src/main.tsx),
 * and every chunk those import statically. Chunks imported lazily by other windows (settings, welcome,
 * home) are not on the break route and are not counted.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
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

export const bundleSize: MetricSource = {
  title: 'Bundle size',
  measure() {
    const mainKB = statSync(join(out, 'main/index.cjs')).size / 1024;
    const files = breakRouteFiles(join(out, 'renderer/index.html'));
    if (files.length === 0) throw new Error('No assets found in out/renderer/index.html: run the build first');
    const gzipKB = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) / 1024;
    return Promise.resolve([
      { name: 'main.bundleKB', value: round(mainKB), unit: 'kB' },
      {
        name: 'renderer.breakRouteGzipKB',
        value: round(gzipKB),
        unit: 'kB gzip',
        budget: 150,
        note: `${String(files.length)} files: the page's, the app its entry imports, and their static imports`,
      },
    ]);
  },
};

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
