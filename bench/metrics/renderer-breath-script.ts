/**
 * renderer.breathMinuteScriptMs: main-thread script time while the one-minute breath runs, from
 * Chromium's own counters (CDP Performance.getMetrics ScriptDuration), over a real minute: the pacer is a
 * CSS animation, so the page should only run script at phase boundaries. Takes about 60 s.
 */
import type { Metric, MetricSource } from '../metric.ts';
import { breakWindowViewport, launchChromium, serveBuild } from './renderer-preview.ts';

export const rendererBreathScript: MetricSource = {
  title: 'Breath minute script time (Chromium, real 60 s)',
  async measure(): Promise<Metric[]> {
    const server = await serveBuild('preview');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: breakWindowViewport });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const scriptSec = async (): Promise<number> => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN;
      };
      // The default pattern (easy breathing, 59.5 s), shown as if chosen, with the first-use line seen.
      await page.goto(`${server.url}?seed=1&open=breath&intro=seen#/break`);
      await page.getByTestId('pacer').waitFor();
      const start = await scriptSec();
      const startedAt = Date.now();
      await page.getByRole('heading', { name: "That's it for now." }).waitFor({ timeout: 75_000 });
      const ms = (await scriptSec()) * 1000 - start * 1000;
      const seconds = (Date.now() - startedAt) / 1000;
      return [
        {
          name: 'renderer.breathMinuteScriptMs',
          value: Math.round(ms * 10) / 10,
          unit: 'ms',
          note: `script time over ${seconds.toFixed(1)} s of breath, up to the close (CDP ScriptDuration)`,
        },
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
