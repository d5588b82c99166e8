/**
 * renderer.offerLayoutsAfterSettle: layouts Chromium runs on the open offer once it has settled, from
 * Chromium's own counter (CDP Performance.getMetrics LayoutCount). The offer waits, perhaps for minutes,
 * for the user to look up: nothing on it moves, so once painted and hydrated it should never lay out
 * again. A count, so its budget (0) holds on any machine. The window opens from break.html through Tend's
 * scheme handler with the real core's offer, as in renderer-fcp.ts, counted from 1 s after React has
 * taken the page over (after first paint, which comes before any script) for the next 5 s.
 */
import { offerView } from '../../electron/core/break-session/index.ts';
import { defaultSettings } from '../../electron/core/settings/settings-defaults.ts';
import type { Metric, MetricSource } from '../metric.ts';
import { breakWindowViewport } from './renderer-preview.ts';
import { onSchemeSite, standInBridge } from './renderer-scheme-site.ts';

const settleMs = 1000;
const watchMs = 5000;

export const rendererOfferSettle: MetricSource = {
  title: 'Offer at rest: layouts after it settles (Chromium)',
  measure(): Promise<Metric[]> {
    return onSchemeSite(offerView({ settings: defaultSettings(), today: '2025-03-10', occasion: 'timed' }), async (site, browser) => {
      const context = await browser.newContext({ viewport: breakWindowViewport });
      await context.addInitScript({ content: standInBridge });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const counts = async (): Promise<{ layouts: number; styles: number }> => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const value = (name: string): number => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
        return { layouts: value('LayoutCount'), styles: value('RecalcStyleCount') };
      };
      await page.goto(site.breakPage);
      await page.getByRole('heading', { name: 'A little pause?' }).waitFor();
      // Hydrated: the session has subscribed to break:view through the bridge.
      // A function, not a string: a string predicate is eval'd again on every poll, which the page's CSP
      // (no 'unsafe-eval') refuses once the first check comes back false (microsoft/playwright#7395; a
      // function is eval'd once and reused since microsoft/playwright#36986).
      await page.waitForFunction(
        () => (globalThis as unknown as { tendBench: { log: string[] } }).tendBench.log.includes('on break:view'),
        undefined,
        { timeout: 15_000 },
      );
      await page.waitForTimeout(settleMs);
      const before = await counts();
      await page.waitForTimeout(watchMs);
      const after = await counts();
      await context.close();
      const layouts = after.layouts - before.layouts;
      return [
        {
          name: 'renderer.offerLayoutsAfterSettle',
          value: layouts,
          unit: 'layouts',
          budget: 0,
          note: `${String(watchMs / 1000)} s from ${String(settleMs / 1000)} s after hydration (CDP LayoutCount); style recalcs: ${String(after.styles - before.styles)}`,
        },
      ];
    });
  },
};
