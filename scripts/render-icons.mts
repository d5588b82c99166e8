/**
 * Rasterises the SVG icons in resources/ to the PNGs each OS wants, using Chromium through Playwright.
 * Run `npm run icons` after editing an SVG; the PNGs are committed so builds need no browser.
 *   resources/icon.png              512×512 app icon (electron-builder derives .ico/.icns from it)
 *   resources/tray/tray-light@{1,2}x dark glyph for light panels (Windows, most Linux)
 *   resources/tray/tray-dark@{1,2}x  light glyph for dark panels
 *   resources/tray/trayTemplate[@2x] macOS template images (black + alpha; macOS tints them)
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumExecutable, quietChromiumArgs } from '../harness/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const res = join(root, 'resources');

const jobs: { svg: string; out: string; size: number; scale: number; color: string }[] = [
  { svg: 'icon.svg', out: 'icon.png', size: 512, scale: 1, color: '#000' },
  { svg: 'tray/tray.svg', out: 'tray/tray-light.png', size: 16, scale: 1, color: '#2b2a28' },
  { svg: 'tray/tray.svg', out: 'tray/tray-light@2x.png', size: 16, scale: 2, color: '#2b2a28' },
  { svg: 'tray/tray.svg', out: 'tray/tray-dark.png', size: 16, scale: 1, color: '#f4f1ec' },
  { svg: 'tray/tray.svg', out: 'tray/tray-dark@2x.png', size: 16, scale: 2, color: '#f4f1ec' },
  { svg: 'tray/tray.svg', out: 'tray/trayTemplate.png', size: 16, scale: 1, color: '#000000' },
  { svg: 'tray/tray.svg', out: 'tray/trayTemplate@2x.png', size: 16, scale: 2, color: '#000000' },
];

const executablePath = chromiumExecutable();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: [...quietChromiumArgs, '--no-sandbox'],
});
try {
  for (const job of jobs) {
    const page = await browser.newPage({
      viewport: { width: job.size, height: job.size },
      deviceScaleFactor: job.scale,
    });
    const svg = readFileSync(join(res, job.svg), 'utf8');
    await page.setContent(
      `<html><body style="margin:0;background:transparent;color:${job.color}">` +
        `<div style="width:${job.size}px;height:${job.size}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body></html>`,
    );
    await page.screenshot({ path: join(res, job.out), omitBackground: true });
    await page.close();
    console.log(`${job.out} (${job.size * job.scale}px)`);
  }
} finally {
  await browser.close();
}
