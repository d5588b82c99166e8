/**
 * Who may call what. A request is answered only when it comes from the top page of one of Tend's own
 * windows, showing Tend's own renderer, and only on the channels that window needs (the break window
 * cannot change settings; the settings window cannot end a break).
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { InvokeChannel } from '../core/ipc-contract.ts';
import type { BuildPaths } from './build-paths.ts';
import { RENDERER_PAGE } from './load-route.ts';
import type { WindowRegistry, WindowRole } from './window-registry.ts';

const everyone: readonly WindowRole[] = ['break', 'grounding', 'settings', 'welcome'];
const breakOnly: readonly WindowRole[] = ['break'];
// The kind-words and fallback steps run in the break window and, after "This doesn't feel right", in grounding.
const sessionPages: readonly WindowRole[] = ['break', 'grounding'];
const settingsPages: readonly WindowRole[] = ['settings', 'welcome'];

/** The windows allowed on each channel. */
export const channelRoles: { readonly [C in InvokeChannel]: readonly WindowRole[] } = {
  'app:info': everyone,
  'window:activate': everyone,
  'window:close': ['grounding', 'settings', 'welcome'],
  'break:current': breakOnly,
  'break:choose': breakOnly,
  'break:not-now': breakOnly,
  'break:skip': breakOnly,
  'break:done': breakOnly,
  'break:not-right': sessionPages,
  'break:another': sessionPages,
  'break:favourite': sessionPages,
  'break:hide-phrase': sessionPages,
  'break:fallback': sessionPages,
  'break:need': sessionPages,
  'break:end': breakOnly,
  'break:take-now': settingsPages,
  'grounding:current': ['grounding'],
  'settings:get': settingsPages,
  'settings:update': settingsPages,
  'settings:reset': ['settings'],
  'app:open-link': ['settings'],
};

/** True when `url` is Tend's renderer page: exactly tend://app/index.html (or the dev server in development). */
export function isTendPage(url: string, paths: BuildPaths): boolean {
  try {
    const parsed = new URL(url);
    if (paths.devServerUrl) return parsed.origin === new URL(paths.devServerUrl).origin;
    // Node gives custom schemes an opaque origin, so compare the address itself, less its fragment.
    parsed.hash = '';
    return parsed.href === RENDERER_PAGE;
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
    return role !== null && channelRoles[channel].includes(role) && top && url !== undefined && isTendPage(url, paths);
  };
}
