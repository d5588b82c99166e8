/**
 * Carries out the engine's effects on the screen and the clock: the break window (offer and prompts,
 * with views from the break session), the grounding window, the tray's status line, the one timer, and
 * gentle mode. This is the BreakEffects the controller is given.
 *
 * It remembers which window the engine's current break lives in, so "close the window" closes that one:
 * a grounding break ends in the grounding window, not in a break window left open beside it.
 *
 * With an `invitation` (native Wayland), the timed offer starts as a notification and a tray line, and
 * the break window opens only when the user asks (offer-invitation.ts).
 */
import type { BreakEffects, BreakStatus } from './break-controller.ts';
import type { BreakSessionService } from './break-session-service.ts';
import type { BreakWindow } from './break-window.ts';
import type { GroundingWindow } from './grounding-window.ts';
import type { OfferInvitation } from './offer-invitation.ts';
import type { TimerDriver } from './timer-driver.ts';

export interface BreakPresenterOptions {
  breakWindow: BreakWindow;
  groundingWindow: GroundingWindow;
  session: BreakSessionService;
  timer: TimerDriver<'tick' | 'idle'>;
  setStatus: (status: BreakStatus) => void;
  enterGentleMode: (until: number) => void;
  /** Where a window cannot appear without taking the keyboard: the offer is extended as an invitation. */
  invitation?: OfferInvitation;
}

/** BreakEffects over Tend's windows, tray and timer. */
export function createBreakPresenter(options: BreakPresenterOptions): BreakEffects {
  const { breakWindow, groundingWindow, session, timer, invitation } = options;
  let breakIn: 'break' | 'grounding' = 'break';
  return {
    showOffer() {
      breakIn = 'break';
      if (invitation) invitation.extend();
      else breakWindow.show(session.offer('timed'));
    },
    hideOffer() {
      invitation?.withdraw();
      breakWindow.close();
    },
    openPrompt(kind) {
      invitation?.withdraw();
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
      invitation?.withdraw();
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
