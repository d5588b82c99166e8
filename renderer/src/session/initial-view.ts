/**
 * The window's first view, asked for before React renders: the first render then draws the offer (or
 * the grounding step) at once, in one pass, instead of drawing nothing and waiting for main's answer.
 */
import type { IpcResult } from '../../../electron/core/ipc-channels.ts';
import type { BreakView } from '../../../electron/core/ipc-contract.ts';
import { getBridge } from '../bridge.ts';
import { routeFromHash } from '../route.ts';
import type { WindowKind } from './use-session.ts';

let preloaded: { kind: WindowKind; result: IpcResult<BreakView | null> } | null = null;

/** Asks main for the first view of the window at `hash` (break and grounding windows only). */
export async function preloadInitialView(hash: string): Promise<void> {
  const route = routeFromHash(hash);
  if (route !== 'break' && route !== 'grounding') return;
  const bridge = getBridge();
  const result =
    route === 'grounding' ? await bridge.invoke('grounding:current') : await bridge.invoke('break:current');
  preloaded = { kind: route, result };
}

/** The preloaded answer for a window of `kind`, if there is one. */
export function initialViewFor(kind: WindowKind): IpcResult<BreakView | null> | null {
  return preloaded?.kind === kind ? preloaded.result : null;
}

/** Forgets the preloaded answer once the window has used it. */
export function forgetInitialView(): void {
  preloaded = null;
}
