/**
 * Writes and reads Windows .ico files holding 32-bit BGRA bitmaps, one per size, so Windows gets a tray
 * icon drawn for its notification area's size instead of a scaled 16 px one (tray-icon-files.mts).
 * Bitmap entries rather than PNG ones: every Windows icon loader reads them (ICO format: ICONDIR,
 * ICONDIRENTRY, then a BITMAPINFOHEADER of twice the height, bottom-up rows, and a 1-bit AND mask).
 */
import type { RgbaImage } from './png-rgba.mts';

const DIR = 6;
const ENTRY = 16;
const HEADER = 40;

/** The AND mask's bytes per row: one bit a pixel, rows padded to 32 bits. */
const maskStride = (width: number): number => Math.ceil(width / 32) * 4;

/** An .ico holding `images` (each at most 256 px square), alpha in the colour bitmap, mask left clear. */
export function encodeIco(images: readonly RgbaImage[]): Buffer {
  const bodies = images.map(({ width, height, data }) => {
    const body = Buffer.alloc(HEADER + width * height * 4 + maskStride(width) * height);
    body.writeUInt32LE(HEADER, 0);
    body.writeInt32LE(width, 4);
    body.writeInt32LE(height * 2, 8); // colour bitmap and AND mask, stacked
    body.writeUInt16LE(1, 12); // planes
    body.writeUInt16LE(32, 14); // bits per pixel
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const from = (y * width + x) * 4;
        const to = HEADER + ((height - 1 - y) * width + x) * 4; // rows bottom-up
        body.set([data[from + 2] ?? 0, data[from + 1] ?? 0, data[from] ?? 0, data[from + 3] ?? 0], to);
      }
    }
    return body;
  });
  const head = Buffer.alloc(DIR + ENTRY * images.length);
  head.writeUInt16LE(1, 2); // type: icon
  head.writeUInt16LE(images.length, 4);
  let offset = head.length;
  images.forEach(({ width, height }, i) => {
    const at = DIR + ENTRY * i;
    head.writeUInt8(width & 0xff, at); // 256 is written as 0
    head.writeUInt8(height & 0xff, at + 1);
    head.writeUInt16LE(1, at + 4);
    head.writeUInt16LE(32, at + 6);
    head.writeUInt32LE(bodies[i]?.length ?? 0, at + 8);
    head.writeUInt32LE(offset, at + 12);
    offset += bodies[i]?.length ?? 0;
  });
  return Buffer.concat([head, ...bodies]);
}

/** The images in an .ico written by encodeIco (32-bit bitmap entries); throws on any other kind. */
export function decodeIco(ico: Buffer): RgbaImage[] {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('ICO: not an icon file');
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const at = DIR + ENTRY * i;
    const start = ico.readUInt32LE(at + 12);
    const width = ico.readInt32LE(start + 4);
    const height = ico.readInt32LE(start + 8) / 2;
    if (ico.readUInt32LE(start) !== HEADER || ico.readUInt16LE(start + 14) !== 32)
      throw new Error('ICO: entry is not a 32-bit bitmap');
    if (
      (ico.readUInt8(at) || 256) !== width ||
      ico.readUInt32LE(at + 8) !== HEADER + width * height * 4 + maskStride(width) * height
    ) {
      throw new Error('ICO: directory entry does not match its bitmap');
    }
    const data = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const from = start + HEADER + ((height - 1 - y) * width + x) * 4;
        data.set(
          [ico[from + 2] ?? 0, ico[from + 1] ?? 0, ico[from] ?? 0, ico[from + 3] ?? 0],
          (y * width + x) * 4,
        );
      }
    }
    return { width, height, data };
  });
}
