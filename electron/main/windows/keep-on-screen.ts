/**
 * Keeps a window on a display that exists: when a monitor is unplugged (or rearranged) while the window
 * is open and it no longer sits on any display, it moves to the display under the cursor.
 */
import type { BrowserWindow, Display, Rectangle, Screen } from 'electron';

function centreIsOn(bounds: Rectangle, displays: readonly Display[]): boolean {
  const x = bounds.x + bounds.width / 2;
  const y = bounds.y + bounds.height / 2;
  return displays.some((d) => x >= d.bounds.x && x < d.bounds.x + d.bounds.width && y >= d.bounds.y && y < d.bounds.y + d.bounds.height);
}

/** Watches the displays while `win` is open; `place` gives its bounds on a display. Listeners end with the window. */
export function keepOnScreen(
  win: BrowserWindow,
  screen: Pick<Screen, 'on' | 'removeListener' | 'getAllDisplays' | 'getCursorScreenPoint' | 'getDisplayNearestPoint'>,
  place: (display: Display) => Rectangle,
): void {
  const check = (): void => {
    if (win.isDestroyed()) return;
    if (centreIsOn(win.getBounds(), screen.getAllDisplays())) return;
    win.setBounds(place(screen.getDisplayNearestPoint(screen.getCursorScreenPoint())));
  };
  screen.on('display-removed', check);
  screen.on('display-metrics-changed', check);
  win.once('closed', () => {
    screen.removeListener('display-removed', check);
    screen.removeListener('display-metrics-changed', check);
  });
}
