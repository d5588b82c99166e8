/**
 * First contentful paint of the timed offer in Chromium, the median of several cold loads (each in a
 * fresh browser context, so nothing is cached), at the break window's size.
 * - renderer.offerFcpMs (budget 150): the app's own break route (out/renderer), with a stand-in for the
 *   preload's bridge that answers break:current with the offer main would send (the real core's view).
 * - renderer.previewOfferFcpMs: the browser preview (out/preview), which also loads the in-page demo
 *   bridge and zod for its request checks; reported only.
 * The loads are interleaved with loads of a one-line page, whose median goes in the note: on a shared
 * build machine it shows how much of the figure is the machine rather than the break window.
 */
import type { Browser } from '@playwright/test';
import { offerView } from '../../electron/core/break-session/index.ts';
import { defaultSettings } from '../../electron/core/settings/settings-defaults.ts';
import type { Metric, MetricSource } from '../metric.ts';
import { breakWindowViewport, launchChromium, serveBuild } from './renderer-preview.ts';

const rounds = 9;

/** The preload's bridge, reduced to what the offer needs: break:current answers with `view`. */
function standInBridge(view: unknown): string {
  return `window.tend = {
    invoke: (channel) => Promise.resolve({ ok: true, value: channel === 'break:current' ? ${JSON.stringify(view)} : null }),
    on: () => () => {},
  };`;
}

/** A page with one line of text, drawn by a module script: the floor for any page on this machine. */
const floorPage = {
  '/floor.html':
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>floor</title><script type="module" src="./floor.js"></script></head><body><h1 id="h"></h1></body></html>',
  '/floor.js': "document.getElementById('h').textContent = 'A little pause?';",
};

interface Target {
  url: string;
  init: string | null;
}

/** First contentful paint of one cold load, in ms. */
async function oneLoad(browser: Browser, { url, init }: Target): Promise<number> {
  const context = await browser.newContext({ viewport: breakWindowViewport });
  if (init) await context.addInitScript({ content: init });
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
  return Math.round(
    sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2,
  );
}

export const rendererFcp: MetricSource = {
  title: 'Break window first paint (Chromium)',
  async measure(): Promise<Metric[]> {
    const app = await serveBuild('renderer', floorPage);
    const preview = await serveBuild('preview');
    const browser = await launchChromium();
    try {
      const view = offerView({ settings: defaultSettings(), today: '2025-03-10', occasion: 'timed' });
      const targets: Record<'app' | 'preview' | 'floor', Target> = {
        app: { url: `${app.url}#/break`, init: standInBridge(view) },
        preview: { url: `${preview.url}?seed=1#/break`, init: null },
        floor: { url: `${app.url}floor.html`, init: null },
      };
      const times = { app: [] as number[], preview: [] as number[], floor: [] as number[] };
      // One load each first, to warm the OS file cache and the servers (not the browser: contexts are fresh).
      for (const target of Object.values(targets)) await oneLoad(browser, target);
      for (let i = 0; i < rounds; i++) {
        for (const name of ['app', 'preview', 'floor'] as const)
          times[name].push(await oneLoad(browser, targets[name]));
      }
      const floor = `a one-line page: ${String(median(times.floor))} ms`;
      return [
        {
          name: 'renderer.offerFcpMs',
          value: median(times.app),
          unit: 'ms',
          budget: 150,
          timing: true,
          note: `app break route, median of ${String(rounds)} cold loads (${floor})`,
        },
        {
          name: 'renderer.previewOfferFcpMs',
          value: median(times.preview),
          unit: 'ms',
          note: `browser preview with demo bridge, median of ${String(rounds)} (${floor})`,
        },
      ];
    } finally {
      await browser.close();
      await app.close();
      await preview.close();
    }
  },
};
