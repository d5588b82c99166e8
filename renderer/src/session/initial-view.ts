/**
 * The window's first view, known before React renders: the first render then draws the offer (or the
 * grounding step) at once, in one pass. The break window's page carries it (first-view-page.ts), so no
 * round trip comes before the first paint; other windows, and the preview, ask main for it.
 */
import { FIRST_VIEW_ELEMENT_ID } from '../../../electron/core/first-paint.ts';
import type { IpcResult } from '../../../electron/core/ipc-channels.ts';
import type { BreakView } from '../../../electron/core/ipc-contract.ts';
import { getBridge } from '../bridge.ts';
import { routeFromHash } from '../route.ts';

/** Which window this is: the break window, or the grounding window the shortcut opens. */
export type WindowKind = 'break' | 'grounding';

/** Main's answer to "what does this window show first?", for a window of `kind`. */
export interface InitialView {
  kind: WindowKind;
  result: IpcResult<BreakView | null>;
}

/** Asks main what a window of `kind` shows first. */
export function askFirstView(kind: WindowKind): Promise<IpcResult<BreakView | null>> {
  const bridge = getBridge();
  return kind === 'grounding' ? bridge.invoke('grounding:current') : bridge.invoke('break:current');
}

/** The first view the page came with (a JSON data block main put in it), or null when it has none. */
export function handedInitialView(hash: string): InitialView | null {
  const route = routeFromHash(hash);
  const block = document.getElementById(FIRST_VIEW_ELEMENT_ID);
  if (route !== 'break' || !block?.textContent) return null;
  try {
    return { kind: route, result: { ok: true, value: JSON.parse(block.textContent) as BreakView } };
  } catch {
    return null;
  }
}

/** Asks for the first view of the window at `hash`; null for windows that have none (settings, welcome). */
export async function loadInitialView(hash: string): Promise<InitialView | null> {
  const route = routeFromHash(hash);
  if (route !== 'break' && route !== 'grounding') return null;
  return { kind: route, result: await askFirstView(route) };
}
