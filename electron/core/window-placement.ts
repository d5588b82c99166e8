/** Where a small break window goes: the tray corner of a display's work area. Pure geometry. */

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

type TrayCorner = 'top-right' | 'bottom-right';

/** macOS keeps its menu-bar tray at the top; Windows and most Linux panels put it bottom right. */
export function trayCornerFor(platform: string): TrayCorner {
  return platform === 'darwin' ? 'top-right' : 'bottom-right';
}

/** Bounds for a window of `size` tucked into `corner` of `workArea`, `margin` px from the edges. */
export function placeInCorner(
  workArea: Rect,
  size: { width: number; height: number },
  corner: TrayCorner,
  margin = 16,
): Rect {
  const width = Math.min(size.width, workArea.width);
  const height = Math.min(size.height, workArea.height);
  const x = workArea.x + Math.max(0, workArea.width - width - margin);
  const y =
    corner === 'top-right'
      ? workArea.y + Math.min(margin, workArea.height - height)
      : workArea.y + Math.max(0, workArea.height - height - margin);
  return { x: Math.round(x), y: Math.round(y), width, height };
}
