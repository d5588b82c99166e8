/** The fake screen: displays a test can plug and unplug, and the cursor (which Wayland does not tell). */
import { FakeEmitter, fakeEvent } from './emitter.ts';
import { available } from './profiles.ts';
import { fakeState, type FakeDisplay } from './state.ts';

type Rect = { x: number; y: number; width: number; height: number };

export class FakeScreen extends FakeEmitter {
  /**
   * Not supported on Wayland (electron.d.ts), where no client knows where the pointer is. Chromium then
   * answers a point just outside its largest window, never the real one (ui/ozone/platform/wayland/host/
   * wayland_screen.cc GetCursorScreenPoint: `bounds.width() + 10, bounds.height() + 10`); with no window
   * open, as for a tray app, the origin.
   */
  getCursorScreenPoint(): { x: number; y: number } {
    if (available('Screen.getCursorScreenPoint')) return { ...fakeState.cursor };
    const largest = fakeState.windows
      .filter((w) => w.isVisible())
      .map((w) => w.getBounds())
      .sort((a, b) => b.width * b.height - a.width * a.height)[0];
    return largest ? { x: largest.width + 10, y: largest.height + 10 } : { x: 0, y: 0 };
  }
  getAllDisplays(): FakeDisplay[] {
    return fakeState.displays.map((d) => ({ ...d }));
  }
  getPrimaryDisplay(): FakeDisplay {
    const first = fakeState.displays[0];
    if (!first) throw new Error('no displays');
    return { ...first };
  }
  getDisplayNearestPoint(point: { x: number; y: number }): FakeDisplay {
    const inside = fakeState.displays.find(
      (d) => point.x >= d.bounds.x && point.x < d.bounds.x + d.bounds.width && point.y >= d.bounds.y && point.y < d.bounds.y + d.bounds.height,
    );
    return { ...(inside ?? this.getPrimaryDisplay()) };
  }
  getDisplayMatching(rect: Rect): FakeDisplay {
    return this.getDisplayNearestPoint({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
  }
  /** Test helper: unplug a display. */
  removeDisplay(id: number): void {
    const d = fakeState.displays.find((x) => x.id === id);
    fakeState.displays = fakeState.displays.filter((x) => x.id !== id);
    if (d) this.emit('display-removed', fakeEvent(), d);
  }
  /** Test helper: plug in a display. */
  addDisplay(d: FakeDisplay): void {
    fakeState.displays = [...fakeState.displays, d];
    this.emit('display-added', fakeEvent(), d);
  }
}
