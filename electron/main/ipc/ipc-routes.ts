/**
 * The answer to every invoke channel of the contract. Requests arrive already checked (sender and
 * payload, ipc-handlers.ts); here they become engine inputs, window actions and session steps.
 *
 * When the break page says it is finished (not now, skip, done), it shows nothing more: after telling
 * the engine, the window goes whether or not the engine still had it as its break (a prompt opened
 * beside a grounding break, say), so no finished window is ever left on screen.
 *
 * Requests a page can repeat as fast as it likes are rate-limited (core/rate-limit.ts): link opens (one
 * per link a second, five a minute) and focus requests (one per window a second). A request over the
 * limit is answered like any other and simply not carried out again, so a flood never opens a wall of
 * browser tabs or keeps pulling focus; a person's own clicks are far slower than the limits.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { EngineInput } from '../../core/engine/index.ts';
import type { BreakView, BusyStatus, HomeChoice } from '../../core/ipc-contract.ts';
import type { TendCommand } from '../../core/tend-command.ts';
import { createRateLimiter, focusLimit, linkOpenLimit } from '../../core/rate-limit.ts';
import type { SupportLinkId } from '../../core/support-links.ts';
import type { BreakSession } from '../../core/break-session/index.ts';
import type { BreakWindow } from '../windows/break-window.ts';
import type { GroundingWindow } from '../windows/grounding-window.ts';
import type { HistoryService } from '../history/history-service.ts';
import type { InvokeHandlers } from './ipc-handlers.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { WindowRegistry } from '../windows/window-registry.ts';

export interface IpcRoutesDeps {
  appInfo: { name: string; version: string; platform: string };
  /** Whether this desktop shows no tray icons (asked as a window opens; system/linux-desktop.ts). */
  trayHidden: () => Promise<boolean>;
  /** Carries out a tray command (tend-commands.ts): the home window's choices. */
  run: (command: TendCommand) => void;
  registry: WindowRegistry;
  breakWindow: BreakWindow;
  groundingWindow: GroundingWindow;
  session: BreakSession;
  settings: SettingsService;
  /** The gentle history: the settings window's "Your pauses". */
  history: Pick<HistoryService, 'summary' | 'clear' | 'export'>;
  /** Hands the engine an input (engine-controller.ts). */
  send: (input: EngineInput) => void;
  /** Opens an allow-listed support link in the browser (open-link.ts). */
  openLink: (link: SupportLinkId) => Promise<void>;
  /** The time, for the rate limits. */
  now: () => number;
  /** "Why no break?": each don't-interrupt signal's state and the last hold (busy-check.ts). */
  busyStatus: () => Promise<BusyStatus>;
}

/** The tray command each home-window choice stands for. */
const homeCommands: Record<HomeChoice, TendCommand> = {
  breath: { kind: 'take-break', break: 'breath' },
  tea: { kind: 'take-break', break: 'tea' },
  kind: { kind: 'take-break', break: 'kind' },
  'pause-1h': { kind: 'pause', choice: '1h' },
  resume: { kind: 'resume' },
  settings: { kind: 'settings' },
  quit: { kind: 'quit' },
};

/** Handlers for every invoke channel. */
export function createIpcRoutes(deps: IpcRoutesDeps): InvokeHandlers {
  const { registry, breakWindow, groundingWindow, session, settings } = deps;
  const input = deps.send;
  const linkOpens = createRateLimiter(linkOpenLimit);
  const focusRequests = createRateLimiter(focusLimit);
  /** The break page has finished: tell the engine, then make sure the window is gone. */
  const leave = (i: EngineInput): null => {
    input(i);
    breakWindow.close();
    return null;
  };
  /** A session step's view: kept as the break window's view when the break window asked. */
  const shown = <V extends BreakView>(event: IpcMainInvokeEvent, view: V): V => {
    if (registry.roleOf(event.sender) === 'break') breakWindow.show(view, { notify: false });
    return view;
  };

  return {
    'app:info': async () => ((await deps.trayHidden()) ? { ...deps.appInfo, trayHidden: true } : deps.appInfo),
    'window:activate': (_request, event) => {
      if (!focusRequests.allow(String(event.sender.id), deps.now())) return null;
      if (registry.roleOf(event.sender) === 'break') {
        breakWindow.activate();
        // The user turned to the offer: it must not fade while they read it.
        input({ type: 'offerSeen' });
      } else registry.windowOf(event.sender)?.focus();
      return null;
    },
    'window:close': (request, event) => {
      if (registry.roleOf(event.sender) === 'grounding') {
        groundingWindow.close();
        // The page says whether its exercise finished; without a word it counts as closed early (Esc).
        input(request ? { type: 'windowGone', window: 'grounding', ended: request.ended } : { type: 'windowGone', window: 'grounding' });
      } else {
        registry.windowOf(event.sender)?.close();
      }
      return null;
    },
    'break:current': () => breakWindow.view(),
    'break:choose': ({ kind }, event) => {
      const view = shown(event, session.prompt(kind, 'timed'));
      input({ type: 'choose', kind });
      return view;
    },
    'break:not-now': () => leave({ type: 'snooze' }),
    'break:skip': () => leave({ type: 'skip' }),
    'break:done': (request) => leave(request ? { type: 'done', ended: request.ended } : { type: 'done' }),
    'break:end': ({ reason }) => leave(reason === 'not-now' ? { type: 'snooze' } : { type: reason }),
    'break:not-right': ({ from }, event) => {
      const view = shown(event, session.notRight(from));
      input({ type: 'notRight' });
      return view;
    },
    'break:another': (_request, event) => shown(event, session.another()),
    'break:practice': ({ practiceId }, event) => shown(event, session.practice(practiceId)),
    'break:favourite': ({ phraseId, keep }) => {
      session.favourite(phraseId, keep);
      return null;
    },
    'break:hide-phrase': ({ phraseId }, event) => shown(event, session.hide(phraseId)),
    'break:fallback': ({ choice }, event) => shown(event, session.fallback(choice)),
    'break:need': ({ need }, event) => shown(event, session.need(need)),
    'break:take-now': ({ kind }) => {
      input({ type: 'takeBreakNow', kind });
      return null;
    },
    'grounding:current': () => session.grounding(),
    'settings:get': () => settings.snapshot(),
    'settings:update': (patch) => settings.update(patch),
    'settings:reset': () => settings.reset(),
    'busy:status': () => deps.busyStatus(),
    'history:summary': (request) => deps.history.summary(request?.weeks),
    'history:clear': () => deps.history.clear(),
    'history:export': ({ format }) => deps.history.export(format),
    'app:open-link': async ({ link }) => {
      if (!linkOpens.allow(link, deps.now())) return null;
      await deps.openLink(link);
      return null;
    },
    'home:run': ({ choice }, event) => {
      const command = homeCommands[choice];
      // Like a menu, the home window goes once it has opened another window; pausing keeps it open.
      if (command.kind === 'take-break' || command.kind === 'settings') registry.windowOf(event.sender)?.close();
      deps.run(command);
      return null;
    },
  };
}
