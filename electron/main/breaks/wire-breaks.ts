/**
 * The break side of the composition root: the one timer, the idle monitor, power events, the break
 * session, and the presenter carrying out the engine's effects. They send their inputs to the engine
 * (engine-controller.ts), made before them; wire-tend.ts starts it with the presenter once the tray is up.
 * Idle is sampled only when the engine asks (its pollIdleAt), never on a fixed poll.
 *
 * Not wired yet: a "busy" source (Do Not Disturb, presenting, a call, another app full screen) for the
 * engine's userBusy event (USERS.md #2). Electron has no cross-platform signal for any of these: nothing
 * for DND or focus modes, and BrowserWindow only knows about Tend's own windows. Each OS needs its own
 * adapter (macOS focus status, Windows' QUERY_USER_NOTIFICATION_STATE, GNOME's show-banners setting over
 * D-Bus), and polling one would cost wake-ups; until then the engine simply never hears "busy".
 */
import type { PowerMonitor } from 'electron';
import { createBreakSession, type BreakSession } from '../../core/break-session/index.ts';
import type { EngineInput, LocalTime } from '../../core/engine/index.ts';
import { createBreakPresenter, type PerformEffect } from './break-presenter.ts';
import type { BreakWindow } from '../windows/break-window.ts';
import type { GroundingWindow } from '../windows/grounding-window.ts';
import { createIdleMonitor, type IdleMonitor } from '../system/idle-monitor.ts';
import type { Logger } from '../app/logger.ts';
import { createOfferInvitation, type OfferInvitation } from './offer-invitation.ts';
import { watchPowerEvents } from '../system/power-events.ts';
import type { SettingsService } from '../settings/settings-service.ts';
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
  /** Where inputs go: the engine's send. */
  send: (input: EngineInput) => void;
  /** Native Wayland: the timed offer starts as a notification and a tray line (offer-invitation.ts). */
  offerAsInvitation?: boolean;
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
    breakWindow: options.breakWindow,
    groundingWindow: options.groundingWindow,
    session,
    timer,
    // Gentle mode's one home (see electron/core/break-session/break-session.ts).
    enterGentleMode: (until) => options.settings.enterGentleMode(until),
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
