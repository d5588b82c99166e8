/**
 * Bench figures only a real Electron can give (issue #17 item 5), printed as `bench <name> <value> <unit>`
 * lines for CI's log: the break window's first contentful paint next to a one-line page's, loaded
 * alternately in windows of the same size in the same run (so the figure is a ratio, not a stopwatch), and
 * the memory of the main process and of the break window's renderer while the offer stands. The only
 * assertions are that the figures exist: budgets belong to `npm run bench`, which runs everywhere.
 */
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { closeApp, launchApp, newProfile, waitForTend } from './launch-app.ts';

const ROUNDS = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** One `bench` line for CI's log. */
function report(name: string, value: number, unit: string, note: string): void {
  console.log(`bench ${name} ${String(Math.round(value * 100) / 100)} ${unit}  (${note})`);
}

/** The page's first contentful paint, in ms from its navigation start (waited for: it may not have come yet). */
async function firstContentfulPaint(page: Page): Promise<number> {
  const entry = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, undefined, {
    timeout: 15_000,
  });
  return Number(await entry.jsonValue());
}

/** Opens the timed offer as the presenter does (the real break window, page and first view); returns its page. */
async function openOffer(app: ElectronApplication): Promise<Page> {
  const opened = app.waitForEvent('window');
  await app.evaluate(() => {
    globalThis.__tend?.windows.break.show({ view: 'offer', kinds: ['breath', 'tea', 'kind'], kindOpens: 'kind', snoozeMin: 5, look: { theme: 'system', reducedMotion: 'system' } });
  });
  return opened;
}

/** Opens a one-line page in a plain window the size of the break window; returns its page. */
async function openFloor(app: ElectronApplication, size: { width: number; height: number }): Promise<Page> {
  const opened = app.waitForEvent('window');
  await app.evaluate(({ BrowserWindow }, bounds) => {
    const win = new BrowserWindow({ ...bounds, show: true, webPreferences: { sandbox: true, contextIsolation: true } });
    const page = '<!doctype html><html lang="en"><meta charset="utf-8"><title>floor</title><p>A little pause?</p></html>';
    void win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(page)}`);
  }, size);
  return opened;
}

const closeAll = (app: ElectronApplication): Promise<void> =>
  app.evaluate(({ BrowserWindow }) => {
    globalThis.__tend?.windows.break.close();
    for (const win of BrowserWindow.getAllWindows()) win.destroy();
  });

test('records the break window’s first paint against a one-line page, and the memory while the offer stands', async () => {
  test.setTimeout(180_000);
  const profile = newProfile();
  const app = await launchApp([], profile);
  try {
    await waitForTend(app);
    const offers: number[] = [];
    const floors: number[] = [];
    let size = { width: 0, height: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const offer = await openOffer(app);
      offers.push(await firstContentfulPaint(offer));
      size = await app.evaluate(() => {
        const [width = 0, height = 0] = globalThis.__tend?.windows.break.current()?.getSize() ?? [];
        return { width, height };
      });
      await closeAll(app);
      const floor = await openFloor(app, size);
      floors.push(await firstContentfulPaint(floor));
      await closeAll(app);
    }
    const ratios = offers.map((offer, i) => offer / (floors[i] ?? Number.NaN));
    report('electron.offerFcpRatio', median(ratios), '×', `offer ${median(offers).toFixed(0)} ms, one-line page ${median(floors).toFixed(0)} ms, median of ${ROUNDS} alternate loads, ${size.width}×${size.height}`);

    const offer = await openOffer(app);
    await expect(offer.getByRole('button').first()).toBeVisible();
    const memory = await app.evaluate(({ app: electronApp }) => {
      const renderer = globalThis.__tend?.windows.break.current()?.webContents.getOSProcessId();
      const metrics = electronApp.getAppMetrics();
      const kb = (type: string, pid?: number) =>
        metrics.filter((m) => m.type === type && (pid === undefined || m.pid === pid)).reduce((sum, m) => sum + m.memory.workingSetSize, 0);
      return { main: kb('Browser'), renderer: kb('Tab', renderer), all: metrics.reduce((sum, m) => sum + m.memory.workingSetSize, 0) };
    });
    report('electron.mainMemoryMB', memory.main / 1024, 'MB', 'working set of the main process, offer open');
    report('electron.breakRendererMemoryMB', memory.renderer / 1024, 'MB', 'working set of the break window’s renderer');
    report('electron.allProcessesMemoryMB', memory.all / 1024, 'MB', 'every Electron process (GPU and utility too)');
    expect(ratios.every(Number.isFinite)).toBe(true);
    expect(memory.main).toBeGreaterThan(0);
    expect(memory.renderer).toBeGreaterThan(0);
  } finally {
    await closeApp(app, profile);
  }
});
