/**
 * Carries out the engine's effects on the screen and the clock: the break window (offer and prompts,
 * with views from the break session), the grounding window, the tray's status line, the one timer, and
 * gentle mode. This is the BreakEffects the controller is given.
 *
 * It remembers which window the engine's current break lives in, so "close the window" closes that one:
 * a grounding break ends in the grounding window, not in a break window left open beside it.
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
  let breakIn: 'break' | 'grounding' = 'break';
  return {
    showOffer() {
      breakIn = 'break';
      breakWindow.show(session.offer('timed'));
    },
    hideOffer: () => breakWindow.close(),
    openPrompt(kind) {
      const shown = breakWindow.view();
      if (kind === 'grounding') {
        breakIn = 'grounding';
        // Grounding takes the offer's place; a prompt the user is in the middle of stays.
        if (shown?.view === 'offer') breakWindow.close();
        groundingWindow.open();
        return;
      }
      breakIn = 'break';
      // Chosen in the window: the page already has the prompt (break:choose answered with it).
      if (shown?.view === kind) return;
      breakWindow.show(session.prompt(kind, shown?.view === 'offer' ? 'timed' : 'manual'));
    },
    closeWindow() {
      if (breakIn === 'grounding') groundingWindow.close();
      else breakWindow.close();
      breakIn = 'break';
    },
    setStatus: options.setStatus,
    armTimer: (at) => timer.set('tick', at),
    pollIdleAt: (at) => timer.set('idle', at),
    enterGentleMode: options.enterGentleMode,
  };
}
