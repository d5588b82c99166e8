/**
 * Which web contents belong to which Tend window. IPC uses it to reject unknown senders and to let each
 * window call only the channels meant for it.
 */
import type { BrowserWindow, WebContents } from 'electron';
import type { WindowRole } from '../../core/window-roles.ts';

/** Tend's live windows by web contents id. */
export class WindowRegistry {
  private readonly byContentsId = new Map<number, { role: WindowRole; win: BrowserWindow }>();

  /** Records `win` under `role` until it closes. */
  add(win: BrowserWindow, role: WindowRole): void {
    const id = win.webContents.id;
    this.byContentsId.set(id, { role, win });
    win.once('closed', () => this.byContentsId.delete(id));
  }

  /** The role of the window whose page sent a message, or null for anything that is not Tend's. */
  roleOf(sender: Pick<WebContents, 'id'>): WindowRole | null {
    const entry = this.byContentsId.get(sender.id);
    return entry && !entry.win.isDestroyed() ? entry.role : null;
  }

  /** The window whose page sent a message. */
  windowOf(sender: Pick<WebContents, 'id'>): BrowserWindow | null {
    const entry = this.byContentsId.get(sender.id);
    return entry && !entry.win.isDestroyed() ? entry.win : null;
  }

  /** Live windows with one of `roles`. */
  windows(...roles: WindowRole[]): BrowserWindow[] {
    return [...this.byContentsId.values()].filter((e) => roles.includes(e.role) && !e.win.isDestroyed()).map((e) => e.win);
  }

  /** How many Tend windows are alive (0 between breaks when nothing else is open). */
  size(): number {
    return [...this.byContentsId.values()].filter((e) => !e.win.isDestroyed()).length;
  }
}
