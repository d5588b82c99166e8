/**
 * The tray glyph is drawn on the pixel grid at every size an OS shows it (issue #18, item 10): few
 * half-transparent pixels, centred, using most of its canvas, in its style's colour, exactly the pixel
 * map its SVG source shows. Reads the committed files (the PNGs and .ico entries `npm run icons` writes)
 * and checks that every tray file main loads exists and is packaged.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glyphCrispness } from '../../scripts/glyph-crispness.mts';
import { decodeIco, encodeIco } from '../../scripts/ico-file.mts';
import { decodePng, encodePng, type RgbaImage } from '../../scripts/png-rgba.mts';
import { trayColours, trayDrawnSizes, trayIconFiles } from '../../scripts/tray-icon-files.mts';

const root = resolve(import.meta.dirname, '../..');
const res = join(root, 'resources');
// js-yaml is not a direct devDependency: it is hoisted from electron-builder's tree.
const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

/** A tray file's images: the one PNG, or each .ico entry. */
function imagesOf(path: string): RgbaImage[] {
  const bytes = readFileSync(join(res, path));
  return path.endsWith('.ico') ? decodeIco(bytes) : [decodePng(bytes)];
}

/** The pixel map in tray-<size>.svg's comment, one string a row. */
function pixelMap(size: number): string[] {
  const svg = readFileSync(join(res, `tray/tray-${size}.svg`), 'utf8');
  return svg
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length === size && /^[.#+]+$/.test(line));
}

const images = trayIconFiles().flatMap((file) => file.sizes.map((size, i) => ({ ...file, size, entry: i })));

describe('the tray glyph', () => {
  it.each(images)('$path at $size px is crisp, centred and fills its canvas', ({ path, size, entry }) => {
    const image = imagesOf(path)[entry];
    expect(image && [image.width, image.height]).toEqual([size, size]);
    const c = glyphCrispness(image!);
    // The glyph scaled from one 32-unit drawing was 69% half-transparent at 16 px, 39% at 32.
    // Soft, so a failing glyph reports all three figures.
    expect.soft(c.partial, `partly transparent share of ${c.inked} inked pixels`).toBeLessThanOrEqual(0.15);
    expect.soft(Math.min(...c.span), `box ${c.box.join(',')}`).toBeGreaterThanOrEqual(0.8);
    expect
      .soft(
        c.offCentre.map(Math.abs).every((d) => d <= 1),
        `off centre by ${c.offCentre.join(', ')}`,
      )
      .toBe(true);
  });

  it.each(images)(
    "$path at $size px is its SVG's pixel map in its style's colour",
    ({ path, size, entry, style }) => {
      const { data } = imagesOf(path)[entry]!;
      const map = pixelMap(size);
      expect(map).toHaveLength(size);
      const want = { '#': 255, '+': 128, '.': 0 } as const;
      const colour = trayColours[style].match(/[0-9a-f]{2}/g)!.map((hex) => parseInt(hex, 16));
      const wrong: string[] = [];
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          const pixel = map[y]?.charAt(x) as keyof typeof want;
          const at = (y * size + x) * 4;
          const alpha = data[at + 3] ?? 0;
          if (Math.abs(alpha - want[pixel]) > 1) wrong.push(`(${x},${y}) alpha ${alpha} for '${pixel}'`);
          if (alpha === 255 && colour.some((v, i) => v !== data[at + i]))
            wrong.push(`(${x},${y}) colour ${data.subarray(at, at + 3).join(',')}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it('has a drawing for every size and no stray files', () => {
    const listed = new Set(trayIconFiles().map((f) => f.path));
    const onDisk = readdirSync(join(res, 'tray'))
      .filter((n) => /\.(png|ico)$/.test(n))
      .map((n) => `tray/${n}`);
    expect(onDisk.sort()).toEqual([...listed].sort());
    expect(new Set(trayIconFiles().flatMap((f) => f.sizes))).toEqual(new Set(trayDrawnSizes));
    for (const size of trayDrawnSizes) expect(pixelMap(size), `tray-${size}.svg`).toHaveLength(size);
  });

  it('gives main every tray file it names, and packages it', () => {
    const source = readFileSync(join(root, 'electron/main/system/tray-menu.ts'), 'utf8');
    const named = [...source.matchAll(/'([\w@.-]+\.(?:png|ico))'/g)].map((m) => m[1]!);
    expect(named).toEqual(expect.arrayContaining(['tray-light.png', 'tray-dark.png', 'trayTemplate.png']));
    const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { files: string[] };
    // electron-builder.yml lists the tray files as resources/tray/*.<ext> globs.
    const packaged = config.files
      .filter((f) => f.startsWith('resources/tray/*.'))
      .map((f) => f.slice('resources/tray/*'.length));
    for (const name of named) {
      expect(existsSync(join(res, 'tray', name)), name).toBe(true);
      expect(
        packaged.some((ext) => name.endsWith(ext)),
        `${name} is in electron-builder.yml's files`,
      ).toBe(true);
    }
  });
});

describe('the crispness figures', () => {
  it('count half-transparent ink and measure the box', () => {
    // A 4×6 block at (2,3) in a 10 px canvas, its left column at half alpha, one faint pixel outside.
    const data = new Uint8Array(10 * 10 * 4);
    for (let y = 3; y < 9; y++) for (let x = 2; x < 6; x++) data[(y * 10 + x) * 4 + 3] = x === 2 ? 128 : 255;
    data[(0 * 10 + 0) * 4 + 3] = 20; // under 10%: no ink
    expect(glyphCrispness({ width: 10, height: 10, data })).toEqual({
      inked: 24,
      partial: 6 / 24,
      box: [2, 3, 6, 9],
      span: [0.4, 0.6],
      offCentre: [-2, 2],
    });
  });
});

describe('the .ico and PNG writers', () => {
  it('reads back what it wrote, rows and channels in place', () => {
    const image = (width: number): RgbaImage => ({
      width,
      height: width,
      data: Uint8Array.from({ length: width * width * 4 }, (_, i) => (i * 7) % 256),
    });
    const ico = encodeIco([image(16), image(20)]);
    expect(decodeIco(ico)).toEqual([image(16), image(20)]);
    expect([ico.readUInt8(6), ico.readUInt8(22)]).toEqual([16, 20]);
  });

  it('writes a PNG that reads back the same', () => {
    const image: RgbaImage = {
      width: 5,
      height: 3,
      data: Uint8Array.from({ length: 60 }, (_, i) => (i * 13) % 256),
    };
    expect(decodePng(encodePng(image))).toEqual(image);
  });
});
