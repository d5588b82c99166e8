/**
 * App ready → tray built, as a ratio to a reference measured in the same run, so the figure means the
 * same on a quiet laptop and a busy 2-core CI machine (issue #17). Tend's time is wire-tend.ts's own
 * trayReadyMs (all of its wiring, synchronous, up to the tray's first menu) on a fresh launch.
 *
 * The reference is a bare tray app on the same fake electron: a fresh module graph as each launch gets,
 * then an icon, a tray, a 12-item menu and a hidden window made and destroyed, 100 times over (about as
 * long as Tend's wiring on a quiet machine, so the machine's load lands on both alike). It is timed
 * right before and right after each launch; the launch's ratio is its time over their mean, and the
 * figure is the median ratio. The ratio reads "Tend's start costs this many bare tray apps".
 */
import { vi } from 'vitest';
import { launchTend } from '../../harness/launch-tend.ts';

const REFERENCE_ROUNDS = 100;

/** Tray-ready times, the reference around each and the per-launch ratios. */
export interface TrayReadyFigures {
  trayReadyMs: number[];
  referenceMs: number[];
  ratios: number[];
}

const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

/** The bare tray app, timed (the module import is not, as trayReadyMs leaves imports out too). */
async function referenceMs(): Promise<number> {
  vi.resetModules();
  const { BrowserWindow, Menu, nativeImage, Tray } = await import('electron');
  const items = Array.from({ length: 12 }, (_, i) => ({
    label: `Item ${String(i)}`,
    click: (): void => undefined,
  }));
  collect();
  const from = performance.now();
  for (let i = 0; i < REFERENCE_ROUNDS; i++) {
    const tray = new Tray(nativeImage.createFromPath('/nonexistent/tray.png'));
    tray.setToolTip('Bare');
    tray.setContextMenu(Menu.buildFromTemplate(items));
    const win = new BrowserWindow({ show: false, width: 400, height: 300 });
    win.destroy();
    tray.destroy();
  }
  return performance.now() - from;
}

/** `launches` launches of Tend, each between two reference runs. */
export async function trayReady(launches: number): Promise<TrayReadyFigures> {
  const figures: TrayReadyFigures = { trayReadyMs: [], referenceMs: [], ratios: [] };
  for (let i = 0; i < launches; i++) {
    const before = await referenceMs();
    collect();
    const t = await launchTend();
    const ms = t.runtime?.trayReadyMs ?? Number.NaN;
    t.electron.app.quit();
    t.cleanup();
    const after = await referenceMs();
    const reference = (before + after) / 2;
    figures.trayReadyMs.push(ms);
    figures.referenceMs.push(reference);
    figures.ratios.push(ms / reference);
  }
  return figures;
}
