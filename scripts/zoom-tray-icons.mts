/**
 * Draws every tray image in a folder (each PNG, each .ico entry) enlarged ×8 with nearest-neighbour
 * scaling, on the panel colour it is made for, with its crispness figures, so a reviewer can see whether
 * the glyph sits on the pixel grid (issue #18, item 10). `tsx scripts/zoom-tray-icons.mts <folder> <out.png>`; the folder may hold an
 * older set (git show) for a before/after pair.
 */
import { chromium } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumExecutable, quietChromiumArgs } from '../harness/chromium.ts';
import { glyphCrispness } from './glyph-crispness.mts';
import { decodeIco } from './ico-file.mts';
import { decodePng, encodePng } from './png-rgba.mts';

const ZOOM = 8;
// Which file names are which style, and a panel colour each sits on.
const styles = [
  { prefix: 'tray-light', title: 'tray-light: dark glyph, light panel (Windows, Linux)', panel: '#e9e7e3' },
  {
    prefix: 'tray-dark',
    title: 'tray-dark: light glyph, dark panel (Windows dark taskbar, GNOME)',
    panel: '#242424',
  },
  { prefix: 'trayTemplate', title: 'trayTemplate: macOS template, light menu bar', panel: '#f2f2f2' },
];

const [folderArg, outArg] = process.argv.slice(2);
if (!folderArg || !outArg) throw new Error('usage: zoom-tray-icons.mts <folder> <out.png>');
const folder = resolve(folderArg);
const names = readdirSync(folder);

/** The sheet's markup: a row of tiles per style, one tile per pixel size. */
function sheet(): string {
  let html =
    '<html><body style="margin:0;padding:12px;background:#fff;font:13px sans-serif;color:#222;width:max-content">';
  for (const style of styles) {
    const seen = new Set<number>();
    const tiles: string[] = [];
    const files = names.filter((n) => new RegExp(`^${style.prefix}([-@][^.]*)?\\.(png|ico)$`).test(n));
    const images = files.flatMap((n) => {
      const bytes = readFileSync(join(folder, n));
      return (n.endsWith('.ico') ? decodeIco(bytes) : [decodePng(bytes)]).map((image) => ({ n, image }));
    });
    for (const { image } of images.sort((a, b) => a.image.width - b.image.width || a.n.localeCompare(b.n))) {
      if (seen.has(image.width)) continue; // the same drawing under a second name
      seen.add(image.width);
      const n = images
        .filter((other) => other.image.width === image.width)
        .map((other) => other.n)
        .join(', ');
      const png = encodePng(image);
      const c = glyphCrispness(image);
      const side = image.width * ZOOM;
      tiles.push(
        `<figure style="margin:0 16px 0 0;display:inline-block;vertical-align:top">` +
          `<div style="background:${style.panel};padding:${ZOOM}px;display:inline-block">` +
          `<img src="data:image/png;base64,${png.toString('base64')}" style="display:block;width:${side}px;height:${side}px;image-rendering:pixelated"></div>` +
          `<figcaption><span style="background:${style.panel};padding:2px;display:inline-block;vertical-align:middle">` +
          `<img src="data:image/png;base64,${png.toString('base64')}" style="display:block"></span> ${image.width} px · ${n}<br>partial ${(c.partial * 100).toFixed(0)}% of ${c.inked} inked · box ${c.box[2] - c.box[0]}×${c.box[3] - c.box[1]}</figcaption></figure>`,
      );
    }
    html += `<h3 style="margin:8px 0">${style.title}</h3><div style="white-space:nowrap">${tiles.join('')}</div>`;
  }
  return html + '</body></html>';
}

const executablePath = chromiumExecutable();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: [...quietChromiumArgs, '--no-sandbox'],
});
try {
  const page = await browser.newPage({ viewport: { width: 400, height: 300 }, deviceScaleFactor: 1 });
  await page.setContent(sheet());
  await page.screenshot({ path: resolve(outArg), fullPage: true });
  console.log(outArg);
} finally {
  await browser.close();
}
