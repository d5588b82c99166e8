/**
 * renderer.breathMinuteScriptMs (budget 30): main-thread script time while the one-minute breath runs,
 * from Chromium's own counters (CDP Performance.getMetrics ScriptDuration), over a real minute: the pacer
 * is a CSS animation, so the page should only run script at phase boundaries. Takes about 60 s.
 * Counted in the main thread's CPU time (Performance.enable timeDomain threadTicks), not wall time, so
 * time spent waiting for a busy CPU is left out; the wall-clock figure goes in the note. It stays a
 * `timing` figure all the same: CPU time still swells on a shared machine (caches, and a virtual CPU's
 * stolen time counts as the thread's), and no count stands in for it, since how much script a phase
 * boundary runs is exactly what it watches. The window opens as a breath started from the tray does:
 * break.html through Tend's scheme handler with the breath view inside, and a stand-in bridge that
 * answers at once, since in the app main does the answering in its own process (the preview's demo
 * bridge would add its own checking to the page's script time). The minute ends when the page says it is
 * done (break:done), which the bench hears without running any script in the page.
 */
import type { CDPSession } from '@playwright/test';
import { chooseView, initialSessionState } from '../../electron/core/break-session/index.ts';
import { defaultSettings } from '../../electron/core/settings/settings-defaults.ts';
import type { Metric, MetricSource } from '../metric.ts';
import { breakWindowViewport } from './renderer-preview.ts';
import { onSchemeSite, standInBridge } from './renderer-scheme-site.ts';

/** The default breath (easy breathing, 59.5 s) as the tray starts it, its first-use line already seen. */
function breathView() {
  const today = '2025-03-10';
  const state = { ...initialSessionState(today), breathIntroShown: true };
  return chooseView('breath', state, { settings: defaultSettings(), today, occasion: 'manual' }, () => 0).view;
}

/** Script time so far, in ms, as `cdp`'s time domain counts it. */
async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

export const rendererBreathScript: MetricSource = {
  title: 'Breath minute script time (Chromium, real 60 s)',
  measure(): Promise<Metric[]> {
    return onSchemeSite(breathView(), async (site, browser) => {
      const context = await browser.newContext({ viewport: breakWindowViewport });
      await context.addInitScript({ content: standInBridge });
      const page = await context.newPage();
      // Two sessions, one per time domain: each counts the same work its own way.
      const cpu = await page.context().newCDPSession(page);
      await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
      const wall = await page.context().newCDPSession(page);
      await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
      // The minute's end is the page's own call (break:done), not a locator: Playwright waits on a locator by
      // running its query script in the page again and again, and over a minute that script was most of
      // what ScriptDuration counted (a CPU profile showed its aria-role checks as the largest part).
      let done: () => void = () => {};
      const finished = new Promise<void>((resolve) => (done = resolve));
      await page.exposeFunction('tendBenchDone', () => done());
      await page.goto(site.breakPage);
      await page.getByTestId('pacer').waitFor();
      const start = { cpu: await scriptMs(cpu), wall: await scriptMs(wall) };
      const startedAt = Date.now();
      await Promise.race([finished, new Promise((_, fail) => setTimeout(() => fail(new Error('the breath never ended')), 75_000))]);
      const cpuMs = (await scriptMs(cpu)) - start.cpu;
      const wallMs = (await scriptMs(wall)) - start.wall;
      const seconds = (Date.now() - startedAt) / 1000;
      return [
        {
          name: 'renderer.breathMinuteScriptMs',
          value: round1(cpuMs),
          unit: 'ms',
          budget: 30,
          timing: true,
          note: `main-thread CPU time in script over ${seconds.toFixed(1)} s of breath, up to the close (CDP ScriptDuration, thread ticks; wall clock ${String(round1(wallMs))} ms)`,
        },
      ];
    });
  },
};
