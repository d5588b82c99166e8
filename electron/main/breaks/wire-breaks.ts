/**
 * The break side of the composition root: the one timer, the idle monitor, power events, the break
 * session, and the presenter carrying out the engine's effects. They send their inputs to the engine
 * (engine-controller.ts), made before them; wire-tend.ts starts it with the presenter once the tray is up.
 * Idle is sampled only when the engine asks (its pollIdleAt), never on a fixed poll.
 * When an offer falls due the engine asks whether the moment is busy (its checkBusy effect): the busy
 * check reads Do Not Disturb, a full-screen app or a call then, and only then (system/busy/).
 */
import type { PowerMonitor } from 'electron';
import { createBreakSession, type BreakSession } from '../../core/break-session/index.ts';
import type { EngineInput, LocalTime } from '../../core/engine/index.ts';
import { createBreakPresenter, type PerformEffect } from './break-presenter.ts';
import type { BreakWindow } from '../windows/break-window.ts';
import type { GroundingWindow } from '../windows/grounding-window.ts';
import type { HistoryService } from '../history/history-service.ts';
import { createIdleMonitor, type IdleMonitor } from '../system/idle-monitor.ts';
import type { Logger } from '../app/logger.ts';
import { createOfferInvitation, type OfferInvitation } from './offer-invitation.ts';
import { watchPowerEvents } from '../system/power-events.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { BusyCheck } from '../system/busy/busy-check.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { createTimerDriver, type TimerDriver } from './timer-driver.ts';

export interface BreakWiringOptions {
  powerMonitor: PowerMonitor;
  platform: string;
  env: Record<string, string | undefined>;
  now: () => number;
  rng: () => number;
  localTime: LocalTime;
  logger: Logger;
  store: SettingsStore;
  settings: SettingsService;
  breakWindow: BreakWindow;
  groundingWindow: GroundingWindow;
  /** Reads the "don't interrupt me" signals when the engine asks. */
  busy: Pick<BusyCheck, 'check'>;
  /** Where inputs go: the engine's send. */
  send: (input: EngineInput) => void;
  /** Native Wayland: the timed offer starts as a notification and a tray line (offer-invitation.ts). */
  offerAsInvitation?: boolean;
  /** The gentle history, told when a break ends (the presenter, on the engine's breakEnded). */
  history?: Pick<HistoryService, 'breakEnded' | 'offerAnswered'>;
}

/** The wired break side. */
export interface BreakWiring {
  /** Carries out the engine's effects (the presenter). */
  perform: PerformEffect;
  timer: TimerDriver<'tick' | 'idle'>;
  idle: IdleMonitor;
  session: BreakSession;
  /** The standing offer as an invitation (null where the offer window shows by itself). */
  invitation: OfferInvitation | null;
  /** Stops the timer and the power listeners (at quit). */
  stop(): void;
}

/** Wires the timer, idle, power events and windows to the engine. */
export function wireBreaks(options: BreakWiringOptions): BreakWiring {
  const { send, logger, now, store } = options;
  const idle = createIdleMonitor({
    powerMonitor: options.powerMonitor,
    platform: options.platform,
    env: options.env,
    logger,
  });
  const timer = createTimerDriver<'tick' | 'idle'>({
    now,
    onDue: (due) => {
      // An idle sample carries the time too, so a tick due at the same moment is not sent separately.
      if (!due.includes('idle')) {
        send({ type: 'tick' });
        return;
      }
      void idle.sample().then((sample) => send({ type: 'idleSample', idleSeconds: sample.known ? sample.idleSeconds : null }));
    },
    onError: (error) => logger.error('timer: wake-up failed', error),
  });
  const stopPower = watchPowerEvents(options.powerMonitor, {
    lock: () => send({ type: 'lock' }),
    unlock: () => send({ type: 'unlock' }),
    suspend: () => send({ type: 'suspend' }),
    resume: () => send({ type: 'wake' }),
  });

  const session = createBreakSession({
    settings: () => store.get(),
    saveSettings: (patch) => options.settings.update(patch),
    now,
    rng: options.rng,
    localDateKey: (epochMs) => options.localTime.localDateKey(epochMs),
  });
  const { breakWindow } = options;
  // Clicked: the offer opens focused, since the user asked; a second click only brings it forward.
  const invitation = options.offerAsInvitation
    ? createOfferInvitation({
        logger,
        open: () => {
          if (breakWindow.current()) breakWindow.activate();
          else breakWindow.show(session.offer('timed'), { activate: true });
          // Opened just before the offer's time was up, it must not fade seconds later.
          send({ type: 'offerSeen' });
        },
      })
    : null;
  const perform = createBreakPresenter({
    ...(invitation ? { invitation } : {}),
    ...(options.history ? { history: options.history } : {}),
    breakWindow: options.breakWindow,
    groundingWindow: options.groundingWindow,
    session,
    timer,
    // Gentle mode's one home (see electron/core/break-session/break-session.ts).
    enterGentleMode: (until) => options.settings.enterGentleMode(until),
    checkBusy: () =>
      void options.busy.check().then(
        (busy) => send({ type: 'busyChecked', busy }),
        // Never thrown (readers fail soft); if it were, an unknown moment must not hold the break.
        () => send({ type: 'busyChecked', busy: false }),
      ),
  });

  return {
    perform,
    timer,
    idle,
    session,
    invitation,
    stop() {
      timer.dispose();
      stopPower();
    },
  };
}
