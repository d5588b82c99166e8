/** Bundle sizes from the build in out/: the main process, and the JS + CSS the break route loads. */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MetricSource } from '../metric.ts';

const out = resolve(import.meta.dirname, '../../out');

/** Files an HTML page loads directly (module scripts, modulepreloads and stylesheets). */
function pageAssets(htmlPath: string): string[] {
  const html = readFileSync(htmlPath, 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  return refs.filter(Boolean).map((r) => join(out, 'renderer', r));
}

export const bundleSize: MetricSource = {
  title: 'Bundle size',
  measure() {
    const mainKB = statSync(join(out, 'main/index.cjs')).size / 1024;
    const assets = pageAssets(join(out, 'renderer/index.html'));
    if (assets.length === 0) throw new Error('No assets found in out/renderer/index.html: run the build first');
    const gzipKB = assets.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) / 1024;
    return Promise.resolve([
      { name: 'main.bundleKB', value: round(mainKB), unit: 'kB' },
      { name: 'renderer.breakRouteGzipKB', value: round(gzipKB), unit: 'kB gzip', budget: 150 },
    ]);
  },
};

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
