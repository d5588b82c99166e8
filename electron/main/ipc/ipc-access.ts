/**
 * The sender check. A request is answered only when it comes from the top page of one of Tend's own
 * windows, showing Tend's own renderer, and only on the channels the contract lets that kind of window
 * call (ipc-contract.ts: the break window cannot change settings; the settings window cannot end a break).
 */
import type { IpcMainInvokeEvent } from 'electron';
import { invokeContract, type InvokeChannel } from '../../core/ipc-contract.ts';
import type { WindowRole } from '../../core/window-roles.ts';
import type { BuildPaths } from '../app/build-paths.ts';
import { rendererPageFor } from '../windows/load-route.ts';
import type { WindowRegistry } from '../windows/window-registry.ts';

/**
 * True when `url` is the page a window of `role` loads: exactly tend://app/index.html, or for the break
 * window tend://app/break.html (load-route.ts), or the dev server in development.
 */
function isTendPage(url: string, role: WindowRole, paths: BuildPaths): boolean {
  try {
    const parsed = new URL(url);
    if (paths.devServerUrl) return parsed.origin === new URL(paths.devServerUrl).origin;
    // Node gives custom schemes an opaque origin, so compare the address itself, less its fragment.
    parsed.hash = '';
    return parsed.href === rendererPageFor(role);
  } catch {
    return false;
  }
}

/** The sender check for registerIpcHandlers. */
export function createSenderCheck(registry: WindowRegistry, paths: BuildPaths): (event: IpcMainInvokeEvent, channel: InvokeChannel) => boolean {
  return (event, channel) => {
    const role = registry.roleOf(event.sender);
    // senderFrame is null when the frame has navigated away or gone.
    const frame = event.senderFrame as { url?: string; parent?: unknown } | null;
    // Only the top frame speaks for the window: an iframe (even one showing Tend's page) never does.
    const top = frame !== null && frame.parent === null;
    const url = frame?.url;
    const callers: readonly WindowRole[] = invokeContract[channel].callers;
    return role !== null && callers.includes(role) && top && url !== undefined && isTendPage(url, role, paths);
  };
}
