/**
 * How crisp a rendered tray glyph is (issue #18, item 10): a glyph whose edges land between pixels shows
 * as half-transparent columns, soft on a 16 px tray. Measured from the alpha channel alone, so it holds
 * for the dark, light and template glyphs alike.
 */
import type { RgbaImage } from './png-rgba.mts';

/** Figures for one rendered glyph. */
export interface GlyphCrispness {
  /** Pixels with any ink (alpha above 10%). */
  inked: number;
  /** Share of the inked pixels that are partly transparent (alpha between 10% and 90%). */
  partial: number;
  /** The inked pixels' bounding box, in pixels: [left, top, right, bottom), right and bottom exclusive. */
  box: [number, number, number, number];
  /** Share of the canvas's width and height the box spans. */
  span: [number, number];
  /** Empty pixels left minus right and top minus bottom of the box (0 is centred). */
  offCentre: [number, number];
}

const LOW = 0.1 * 255;
const HIGH = 0.9 * 255;

/** Measures `image`'s glyph: how much of its ink is half-transparent, and where it sits. */
export function glyphCrispness(image: RgbaImage): GlyphCrispness {
  const { width, height, data } = image;
  let inked = 0;
  let partial = 0;
  let [left, top, right, bottom] = [width, height, 0, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const alpha = data[(y * width + x) * 4 + 3] ?? 0;
      if (alpha <= LOW) continue;
      inked += 1;
      if (alpha < HIGH) partial += 1;
      [left, top, right, bottom] = [
        Math.min(left, x),
        Math.min(top, y),
        Math.max(right, x + 1),
        Math.max(bottom, y + 1),
      ];
    }
  }
  return {
    inked,
    partial: inked === 0 ? 0 : partial / inked,
    box: [left, top, right, bottom],
    span: [(right - left) / width, (bottom - top) / height],
    offCentre: [left - (width - right), top - (height - bottom)],
  };
}
