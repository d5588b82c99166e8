/** Typed main → renderer events (the contract's event channels); a closed window is skipped quietly. */
import type { BrowserWindow } from 'electron';
import type { EventChannel, EventPayloadOf } from '../../core/ipc-contract.ts';

/** Sends `payload` on `channel` to `win`; returns false when there was no live page to send to. */
export function sendEvent<E extends EventChannel>(win: BrowserWindow | null, channel: E, payload: EventPayloadOf<E>): boolean {
  if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return false;
  win.webContents.send(channel, payload);
  return true;
}
