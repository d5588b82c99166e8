/**
 * Reads a PNG into RGBA pixels, and writes one, with Node's zlib alone, so the tray-glyph checks need no
 * image library. Reads what Chromium's screenshots write (8-bit, non-interlaced) in every colour type but
 * palette; writes 8-bit RGBA.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';

/** A decoded image: `data` holds width × height RGBA quadruples, row by row. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// Samples per pixel for colour types 0 (grey), 2 (RGB), 4 (grey + alpha) and 6 (RGBA).
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row filters (PNG spec §9) of `raw`, giving the bare samples. */
function unfilter(raw: Uint8Array, height: number, stride: number, bpp: number): Uint8Array {
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let i = 0; i < stride; i++) {
      const x = raw[src + i] ?? 0;
      const a = i >= bpp ? (out[row + i - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[row - stride + i] ?? 0) : 0;
      const c = i >= bpp && y > 0 ? (out[row - stride + i - bpp] ?? 0) : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`PNG: unknown filter ${filter}`);
      out[row + i] = (x + predictor) & 0xff;
    }
  }
  return out;
}

/** Decodes `png` into RGBA; throws on anything it does not handle rather than guessing. */
export function decodePng(png: Uint8Array): RgbaImage {
  if (!SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error('PNG: bad signature');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colour, , , interlace] = body.subarray(8);
      channels = CHANNELS[colour ?? -1] ?? 0;
      if (depth !== 8 || channels === 0 || interlace !== 0)
        throw new Error(`PNG: depth ${depth}, colour type ${colour}, interlace ${interlace} not handled`);
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const samples = unfilter(inflateSync(Buffer.concat(idat)), height, width * channels, channels);
  const data = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const s = samples.subarray(p * channels, p * channels + channels);
    const grey = channels < 3;
    data[p * 4] = s[0] ?? 0;
    data[p * 4 + 1] = (grey ? s[0] : s[1]) ?? 0;
    data[p * 4 + 2] = (grey ? s[0] : s[2]) ?? 0;
    data[p * 4 + 3] = channels === 2 || channels === 4 ? (s[channels - 1] ?? 0) : 255;
  }
  return { width, height, data };
}

/** One PNG chunk: length, type, body and the CRC over type and body. */
function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** `image` as an 8-bit RGBA PNG, rows unfiltered. */
export function encodePng({ width, height, data }: RgbaImage): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // depth 8, RGBA, deflate, no filter method choice, no interlace
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++)
    raw.set(data.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from(SIGNATURE),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}
