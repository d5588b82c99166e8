/**
 * First contentful paint of the timed offer in Chromium, as a ratio to a one-line reference page (issue
 * #17, "ratios, not stopwatches"): both are loaded cold (a fresh browser context each, so nothing is
 * cached) at the break window's size, served by Tend's own scheme handler (renderer-scheme-site.ts), in
 * pairs with the reference whose order alternates. Each pair gives a ratio of two loads made moments
 * apart, and the figure is the median of those ratios, so a machine that slows down for a while slows
 * both sides.
 * - renderer.offerFcpRatio (budget 1.3): the break window's page, break.html with the real core's offer
 *   inside, which paints from its HTML and inline stylesheet before any script runs. 21 pairs, and 21
 *   more when those land over budget. Measured on the two-core build machine: from 1.05 to 1.44
 *   across runs, quiet or busy (the offer's entrance animation and its script each seemed to cost a
 *   little, within that noise). The page's own
 *   layout and style cost some 15 to 20 ms more than one line of text, and as a machine gets quicker
 *   that fixed cost weighs more in the ratio; so it is a `timing` figure: OVER is shown, and it fails
 *   the run only with --strict-timing, rather than failing CI by chance.
 * - renderer.previewOfferFcpRatio: the browser preview (out/preview), whose offer paints only once its
 *   scripts, demo bridge and zod included, have run; reported only.
 */
import type { Browser } from '@playwright/test';
import { offerView } from '../../electron/core/break-session/index.ts';
import { defaultSettings } from '../../electron/core/settings/settings-defaults.ts';
import type { Metric, MetricSource } from '../metric.ts';
import { breakWindowViewport } from './renderer-preview.ts';
import { onSchemeSite, standInBridge, type SchemeSite } from './renderer-scheme-site.ts';

const rounds = 21;
const fcpBudget = 1.3;
const previewRounds = 9;
/** A moment between loads, so the last page's teardown is not counted against the next. */
const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 150));
const targets = ['app', 'reference', 'preview'] as const;
type Target = (typeof targets)[number];

/** First contentful paint of one cold load of `target`, in ms. */
async function oneLoad(browser: Browser, site: SchemeSite, target: Target): Promise<number> {
  const context = await browser.newContext({ viewport: breakWindowViewport });
  if (target === 'app') await context.addInitScript({ content: standInBridge });
  const page = await context.newPage();
  await page.goto(target === 'app' ? site.breakPage : target === 'reference' ? site.reference : `${site.preview}?seed=1#/break`);
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
  if (target === 'app' && String(await page.evaluate('window.tendBench.log')).includes('break:current'))
    throw new Error('renderer.offerFcpRatio: the break page asked break:current; it should paint from its own HTML');
  await context.close();
  return fcp;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

export const rendererFcp: MetricSource = {
  title: 'Break window first paint (Chromium, ratio to a one-line page)',
  async measure(): Promise<Metric[]> {
    const view = offerView({ settings: defaultSettings(), today: '2025-03-10', occasion: 'timed' });
    return onSchemeSite(view, async (site, browser) => {
      // Each page against the reference in pairs, the order alternating; the preview (seconds of script,
      // which a machine is still clearing up after its page closes) apart from the app's pairs.
      const pairs = async (target: Exclude<Target, 'reference'>, count: number): Promise<{ page: number[]; reference: number[] }> => {
        const out = { page: [] as number[], reference: [] as number[] };
        for (let i = 0; i < count; i++) {
          for (const which of i % 2 ? (['page', 'reference'] as const) : (['reference', 'page'] as const)) {
            out[which].push(await oneLoad(browser, site, which === 'page' ? target : 'reference'));
            await settle();
          }
        }
        return out;
      };
      // One load each first, to warm the OS file cache and the handlers (not the browser: contexts are fresh).
      for (const target of targets) await oneLoad(browser, site, target);
      const ratio = (p: { page: number[]; reference: number[] }): number =>
        round2(median(p.page.map((t, i) => t / (p.reference[i] ?? t))));
      const app = await pairs('app', rounds);
      // A busy machine slows loads in bursts, so one set of pairs can land over the budget by chance
      // (measured here with two CPU-bound loops on two cores: 0.7 to 1.5 across runs of 21 pairs). Then
      // as many pairs again are measured and the figure is the median of all of them, never of the best set.
      if (ratio(app) > fcpBudget) {
        const more = await pairs('app', rounds);
        app.page.push(...more.page);
        app.reference.push(...more.reference);
      }
      const preview = await pairs('preview', previewRounds);
      const ms = (values: number[]): string => `${String(Math.round(median(values)))} ms`;
      const raw = (p: { page: number[]; reference: number[] }): string =>
        `median of ${String(p.page.length)} ratios of cold loads in pairs; FCP medians ${ms(p.page)} vs ${ms(p.reference)} for the one-line page`;
      return [
        {
          name: 'renderer.offerFcpRatio',
          value: ratio(app),
          unit: '×',
          budget: fcpBudget,
          timing: true,
          note: `break.html through Tend's scheme handler, ${raw(app)}`,
        },
        {
          name: 'renderer.previewOfferFcpRatio',
          value: ratio(preview),
          unit: '×',
          note: `browser preview, painted by its scripts; ${raw(preview)}`,
        },
      ];
    });
  },
};
