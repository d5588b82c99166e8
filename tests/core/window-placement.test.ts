import { describe, expect, it } from 'vitest';
import { placeInCorner, trayCornerFor } from '../../electron/core/window-placement.ts';

const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
const size = { width: 380, height: 260 };

describe('break window placement', () => {
  it('sits at the bottom right on Windows and Linux, where the tray is', () => {
    expect(placeInCorner(workArea, size, trayCornerFor('win32'))).toEqual({ x: 1524, y: 764, width: 380, height: 260 });
    expect(trayCornerFor('linux')).toBe('bottom-right');
  });

  it('sits at the top right on macOS, under the menu bar', () => {
    expect(placeInCorner({ ...workArea, y: 25 }, size, trayCornerFor('darwin'))).toEqual({
      x: 1524,
      y: 41,
      width: 380,
      height: 260,
    });
  });

  it('lands on a second display to the left of the primary one', () => {
    const left = { x: -1280, y: 0, width: 1280, height: 984 };
    const r = placeInCorner(left, size, 'bottom-right');
    expect(r.x).toBeGreaterThanOrEqual(left.x);
    expect(r.x + r.width).toBeLessThanOrEqual(left.x + left.width);
  });

  it('never spills off a display smaller than the window', () => {
    const tiny = { x: 0, y: 0, width: 300, height: 200 };
    expect(placeInCorner(tiny, size, 'bottom-right')).toEqual({ x: 0, y: 0, width: 300, height: 200 });
  });
});
