/**
 * First contentful paint of the timed offer in Chromium, the median of several cold loads (each in a
 * fresh browser context, so nothing is cached), at the break window's size.
 * - renderer.offerFcpMs (budget 150): the app's own break route (out/renderer), with a stand-in for the
 *   preload's bridge that answers break:current with the offer main would send (the real core's view).
 * - renderer.previewOfferFcpMs: the browser preview (out/preview), which also loads the in-page demo
 *   bridge and zod for its request checks; reported only.
 */
import type { Browser } from '@playwright/test';
import { offerView } from '../../electron/core/break-session/index.ts';
import { defaultSettings } from '../../electron/core/settings/settings-defaults.ts';
import type { Metric, MetricSource } from '../metric.ts';
import { breakWindowViewport, launchChromium, serveBuild } from './renderer-preview.ts';

const loads = 9;

/** The preload's bridge, reduced to what the offer needs: break:current answers with `view`. */
function standInBridge(view: unknown): string {
  return `window.tend = {
    invoke: (channel) => Promise.resolve({ ok: true, value: channel === 'break:current' ? ${JSON.stringify(view)} : null }),
    on: () => () => {},
  };`;
}

/** First contentful paint of one cold load, in ms. */
async function oneLoad(browser: Browser, url: string, initScript: string | null): Promise<number> {
  const context = await browser.newContext({ viewport: breakWindowViewport });
  if (initScript) await context.addInitScript({ content: initScript });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: 'A little pause?' }).waitFor();
  // A string, since this file type-checks without the DOM's types (PerformanceObserver differs in Node).
  const fcp = Number(
    await page.evaluate(`new Promise((done) => {
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) done(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
    })`),
  );
  await context.close();
  return fcp;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median FCP over `loads` cold loads of `build`, after one load to warm the OS file cache and the server. */
async function medianFcp(
  browser: Browser,
  build: 'renderer' | 'preview',
): Promise<{ median: number; all: number[] }> {
  const server = await serveBuild(build);
  try {
    const view = offerView({ settings: defaultSettings(), today: '2025-03-10', occasion: 'timed' });
    const [url, init] =
      build === 'renderer'
        ? [`${server.url}#/break`, standInBridge(view)]
        : [`${server.url}?seed=1#/break`, null];
    await oneLoad(browser, url, init);
    const all: number[] = [];
    for (let i = 0; i < loads; i++) all.push(await oneLoad(browser, url, init));
    return { median: Math.round(median(all)), all: all.map(Math.round) };
  } finally {
    await server.close();
  }
}

export const rendererFcp: MetricSource = {
  title: 'Break window first paint (Chromium)',
  async measure(): Promise<Metric[]> {
    const browser = await launchChromium();
    try {
      const app = await medianFcp(browser, 'renderer');
      const preview = await medianFcp(browser, 'preview');
      return [
        {
          name: 'renderer.offerFcpMs',
          value: app.median,
          unit: 'ms',
          budget: 150,
          note: `app break route, median of ${String(loads)} cold loads (${app.all.join(', ')})`,
        },
        {
          name: 'renderer.previewOfferFcpMs',
          value: preview.median,
          unit: 'ms',
          note: `browser preview with demo bridge, median of ${String(loads)} (${preview.all.join(', ')})`,
        },
      ];
    } finally {
      await browser.close();
    }
  },
};
