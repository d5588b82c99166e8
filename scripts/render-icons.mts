/**
 * Rasterises the SVG icons in resources/ to the files each OS wants, using Chromium through Playwright.
 * Run `npm run icons` after editing an SVG; the outputs are committed so builds need no browser.
 *   resources/icon.png  512×512 app icon (electron-builder derives .ico/.icns from it)
 *   resources/tray/     the tray glyph; tray-icon-files.mts lists the files and which OS reads which:
 *     tray-light*    dark glyph for light panels (Windows, most Linux)
 *     tray-dark*     light glyph for dark panels
 *     trayTemplate*  macOS template images (black + alpha; macOS tints them)
 * One drawing scaled to every size lands between pixels and shows soft on a 16 px tray (issue #18, item
 * 10), so each pixel size has its own drawing on its own grid, tray/tray-<size>.svg, rendered 1:1.
 */
import { chromium, type Browser } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumExecutable, quietChromiumArgs } from '../harness/chromium.ts';
import { encodeIco } from './ico-file.mts';
import { decodePng } from './png-rgba.mts';
import { trayColours, trayIconFiles } from './tray-icon-files.mts';

const root = resolve(import.meta.dirname, '..');
const res = join(root, 'resources');

/** `svg` (a file under resources/) drawn `size` px square in `color`, as PNG bytes. */
async function render(browser: Browser, svg: string, size: number, color: string): Promise<Buffer> {
  // One CSS pixel per device pixel, so a drawing's pixel grid is the PNG's.
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  try {
    const source = readFileSync(join(res, svg), 'utf8');
    await page.setContent(
      `<html><body style="margin:0;background:transparent;color:${color}">` +
        `<div style="width:${size}px;height:${size}px">${source.replace('<svg ', '<svg width="100%" height="100%" style="display:block" ')}</div></body></html>`,
    );
    return await page.screenshot({ omitBackground: true });
  } finally {
    await page.close();
  }
}

const executablePath = chromiumExecutable();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: [...quietChromiumArgs, '--no-sandbox'],
});
try {
  writeFileSync(join(res, 'icon.png'), await render(browser, 'icon.svg', 512, '#000'));
  console.log('icon.png (512px)');
  for (const file of trayIconFiles()) {
    const pngs = [];
    for (const size of file.sizes)
      pngs.push(await render(browser, `tray/tray-${size}.svg`, size, trayColours[file.style]));
    // A PNG file holds its one size; an .ico holds every size, as bitmaps.
    const bytes = file.path.endsWith('.ico') ? encodeIco(pngs.map((png) => decodePng(png))) : pngs[0];
    if (!bytes) throw new Error(`${file.path}: no size to render`);
    writeFileSync(join(res, file.path), bytes);
    console.log(`${file.path} (${file.sizes.join(', ')} px)`);
  }
} finally {
  await browser.close();
}
