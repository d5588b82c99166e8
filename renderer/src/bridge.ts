/** The renderer's only way to talk to main: the typed bridge the preload (or the preview) installs. */
import type { TendBridge } from '../../electron/core/ipc-channels.ts';

declare global {
  interface Window {
    tend?: TendBridge;
  }
}

/** Returns window.tend, or null when the page runs without a bridge (it then shows its own message). */
export function getBridgeIfAny(): TendBridge | null {
  return window.tend ?? null;
}

/** Returns window.tend, or throws a clear error when the page runs without a bridge. */
export function getBridge(): TendBridge {
  const bridge = window.tend;
  if (!bridge) throw new Error('Tend bridge missing: open this page through Tend or the preview.');
  return bridge;
}
