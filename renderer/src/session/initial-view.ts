/**
 * The window's first view, asked for before React renders: the first render then draws the offer (or
 * the grounding step) at once, in one pass, instead of drawing nothing and waiting for main's answer.
 */
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

/** Asks for the first view of the window at `hash`; null for windows that have none (settings, welcome). */
export async function loadInitialView(hash: string): Promise<InitialView | null> {
  const route = routeFromHash(hash);
  if (route !== 'break' && route !== 'grounding') return null;
  return { kind: route, result: await askFirstView(route) };
}
