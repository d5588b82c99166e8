/**
 * Carries out the engine's effects (EngineEffect) on the screen and the clock: the break window (offer
 * and prompts, with views from the break session), the grounding window, the one timer, and gentle mode.
 *
 * It remembers which window the engine's current break lives in, so "close the window" closes that one:
 * a grounding break ends in the grounding window, not in a break window left open beside it.
 *
 * With an `invitation` (native Wayland), the timed offer starts as a notification and a tray line, and
 * the break window opens only when the user asks (offer-invitation.ts).
 *
 * A break that ends goes to the gentle history (issue #19) under the name of the prompt the window
 * showed last (kind words in gentle mode are a small caring action: 'care'), else the engine's kind.
 */
import { isLongerPracticeId } from '../../core/content/content-ids.ts';
import type { EngineEffect, PromptKind } from '../../core/engine/index.ts';
import { historyKindOfView, type HistoryKind } from '../../core/history/index.ts';
import type { BreakSession } from '../../core/break-session/index.ts';
import type { BreakWindow } from '../windows/break-window.ts';
import type { GroundingWindow } from '../windows/grounding-window.ts';
import type { HistoryService } from '../history/history-service.ts';
import type { OfferInvitation } from './offer-invitation.ts';
import type { TimerDriver } from './timer-driver.ts';

interface BreakPresenterOptions {
  breakWindow: BreakWindow;
  groundingWindow: GroundingWindow;
  session: BreakSession;
  timer: TimerDriver<'tick' | 'idle'>;
  enterGentleMode: (until: number) => void;
  /** Reads the "don't interrupt me" signals and answers the engine with busyChecked (busy-check.ts). */
  checkBusy: () => void;
  /** Where a window cannot appear without taking the keyboard: the offer is extended as an invitation. */
  invitation?: OfferInvitation;
  /** Where ended breaks and offer answers are noted (history-service.ts). */
  history?: Pick<HistoryService, 'breakEnded' | 'offerAnswered'>;
}

/** Carries out one engine effect over Tend's windows and timer. */
export type PerformEffect = (effect: EngineEffect) => void;

/** The engine's effects over Tend's windows, timer and settings. */
export function createBreakPresenter(options: BreakPresenterOptions): PerformEffect {
  const { breakWindow, groundingWindow, session, timer, invitation } = options;
  let breakIn: 'break' | 'grounding' = 'break';

  /** The prompt the break ended in: what the break window shows, if it is a prompt, else the engine's kind. */
  function endedIn(kind: PromptKind): HistoryKind {
    if (kind === 'grounding') return kind;
    const shown = breakWindow.view()?.view;
    // A longer practice counts as Kind words, as a short one does (history-types.ts historyKindOfView).
    return (shown !== undefined ? historyKindOfView(shown) : null) ?? (isLongerPracticeId(kind) ? 'kind' : kind);
  }

  function openPrompt(kind: PromptKind): void {
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
    // A longer practice is only ever asked for by name, so it opens as a break the user started.
    if (isLongerPracticeId(kind)) {
      breakWindow.show(session.practice(kind, 'manual'));
      return;
    }
    // Chosen in the window: the page already has the prompt (break:choose answered with it).
    if (shown?.view === kind) return;
    breakWindow.show(session.prompt(kind, shown?.view === 'offer' ? 'timed' : 'manual'));
  }

  return (effect) => {
    switch (effect.type) {
      case 'showOffer':
        breakIn = 'break';
        if (invitation) invitation.extend();
        else breakWindow.show(session.offer('timed'));
        return;
      case 'hideOffer':
        invitation?.withdraw();
        breakWindow.close();
        return;
      case 'openPrompt':
        openPrompt(effect.kind);
        return;
      case 'closeWindow':
        invitation?.withdraw();
        if (breakIn === 'grounding') groundingWindow.close();
        else breakWindow.close();
        breakIn = 'break';
        return;
      case 'checkBusy':
        options.checkBusy();
        return;
      case 'setStatus':
        // The tray's line is derived from the engine's state after each step (engine-controller.ts).
        return;
      case 'armTimer':
        timer.set('tick', effect.at);
        return;
      case 'pollIdleAt':
        timer.set('idle', effect.at);
        return;
      case 'enterGentleMode':
        options.enterGentleMode(effect.until);
        return;
      case 'breakEnded':
        options.history?.breakEnded({ kind: endedIn(effect.kind), startedAt: effect.startedAt, endedAt: effect.endedAt, ended: effect.ended });
        return;
      case 'offerAnswered':
        options.history?.offerAnswered({ at: effect.at, answer: effect.answer });
        return;
    }
  };
}
