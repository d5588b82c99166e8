/**
 * Carries out the engine's effects on the screen and the clock: the break window (offer and prompts,
 * with views from the break session), the grounding window, the tray's status line, the one timer, and
 * gentle mode. This is the BreakEffects the controller is given.
 */
import type { BreakEffects, BreakStatus } from './break-controller.ts';
import type { BreakSessionService } from './break-session-service.ts';
import type { BreakWindow } from './break-window.ts';
import type { GroundingWindow } from './grounding-window.ts';
import type { TimerDriver } from './timer-driver.ts';

export interface BreakPresenterOptions {
  breakWindow: BreakWindow;
  groundingWindow: GroundingWindow;
  session: BreakSessionService;
  timer: TimerDriver<'tick' | 'idle'>;
  setStatus: (status: BreakStatus) => void;
  enterGentleMode: (until: number) => void;
}

/** BreakEffects over Tend's windows, tray and timer. */
export function createBreakPresenter(options: BreakPresenterOptions): BreakEffects {
  const { breakWindow, groundingWindow, session, timer } = options;
  return {
    showOffer: () => breakWindow.show(session.offer('timed')),
    hideOffer: () => breakWindow.close(),
    openPrompt(kind) {
      if (kind === 'grounding') {
        groundingWindow.open();
        return;
      }
      const shown = breakWindow.view();
      // Chosen in the window: the page already has the prompt (break:choose answered with it).
      if (shown?.view === kind) return;
      breakWindow.show(session.prompt(kind, shown?.view === 'offer' ? 'timed' : 'manual'));
    },
    closeWindow: () => breakWindow.close(),
    setStatus: options.setStatus,
    armTimer: (at) => timer.set('tick', at),
    pollIdleAt: (at) => timer.set('idle', at),
    enterGentleMode: options.enterGentleMode,
  };
}
