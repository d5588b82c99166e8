/**
 * Plays a random life through the simulator and keeps, next to each step, what an outside observer
 * knows: which window is open (from the effects alone), whether the user paused, locked or put the
 * machine to sleep (from the events alone), and the engine's own sense of elapsed time.
 */
import type { EngineSettings } from '../../../electron/core/engine/engine-settings.ts';
import type { EngineEffect, EngineEvent, EngineState } from '../../../electron/core/engine/engine-types.ts';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import { pauseUntil as pauseEnd } from '../../../electron/core/engine/pause-until.ts';
import type { Action } from './engine-arbitraries.ts';
import { Simulator } from '../../../harness/engine-simulator.ts';

/** One step seen from outside. */
export interface Observed {
  readonly event: EngineEvent;
  readonly effects: readonly EngineEffect[];
  readonly state: EngineState;
  readonly settings: EngineSettings;
  /** The window open before this step's effects, from effects alone. */
  readonly windowBefore: 'none' | 'offer' | 'prompt';
  readonly windowAfter: 'none' | 'offer' | 'prompt';
  /** Paused by the user's own pause and resume events. */
  readonly pausedByUser: boolean;
  readonly locked: boolean;
  /** Between a suspend and the next wake, tick or sample. */
  readonly asleep: boolean;
  /** Wall time elapsed as the engine may count it: backward jumps count as zero. */
  readonly perceived: number;
  /** The machine slept (announced or not) or the clock jumped just before this step. */
  readonly afterSleep: boolean;
}

export interface Life {
  readonly settings: EngineSettings;
  readonly zone: string;
  readonly start: number;
  readonly idle: readonly (number | null)[];
  readonly actions: readonly Action[];
}

/** Runs a life and returns every step as observed. */
export function playLife(life: Life): { sim: Simulator; steps: Observed[] } {
  let i = 0;
  const localTime = createLocalTime(life.zone);
  const sim = new Simulator({
    start: life.start,
    ctx: { settings: life.settings, localTime },
    // null stays null: the OS that cannot report idle time.
    idleSeconds: () => life.idle[i++ % life.idle.length] ?? null,
  });
  let seen = 0;
  const steps: Observed[] = [];
  let window: Observed['windowAfter'] = 'none';
  let pauseUntil: number | null | undefined;
  // A timed pause lasts at most what was asked in elapsed time (issue #13, item 2); the engine can count no
  // more than the larger of wall and real time for each step, so past that much it is surely over.
  let pauseLeft = 0;
  let lastReal = life.start;
  let locked = false;
  let asleep = false;
  let perceived = 0;
  let lastNow = life.start;
  let sleptBefore = false;

  const observe = (): void => {
    for (; seen < sim.log.length; seen++) {
      const entry = sim.log[seen];
      if (!entry?.event) continue;
      const { event, effects, state } = entry;
      perceived += Math.max(0, event.now - lastNow);
      pauseLeft -= Math.max(0, event.now - lastNow, entry.realAt - lastReal);
      lastReal = entry.realAt;
      lastNow = event.now;
      const before = window;
      for (const e of effects) {
        if (e.type === 'showOffer') window = 'offer';
        else if (e.type === 'openPrompt') window = 'prompt';
        else if (e.type === 'hideOffer' || e.type === 'closeWindow') window = 'none';
      }
      if (event.type === 'pause') {
        pauseUntil = pauseEnd(event.choice, event.now, localTime);
        pauseLeft = pauseUntil === null ? 0 : pauseUntil - event.now;
      }
      if (event.type === 'resumeBreaks') pauseUntil = undefined;
      // A pause that has run out stays over, even if the clock is later turned back.
      if (typeof pauseUntil === 'number' && (event.now >= pauseUntil || pauseLeft <= 0)) pauseUntil = undefined;
      if (event.type === 'lock') locked = true;
      if (event.type === 'unlock') locked = false;
      if (event.type === 'suspend') asleep = true;
      if (event.type === 'wake' || event.type === 'tick' || event.type === 'idleSample') asleep = false;
      const paused = pauseUntil === null || (pauseUntil !== undefined && event.now < pauseUntil);
      steps.push({
        event,
        effects,
        state,
        settings: sim.ctx.settings,
        windowBefore: before,
        windowAfter: window,
        pausedByUser: paused,
        locked,
        asleep,
        perceived,
        afterSleep: sleptBefore,
      });
      sleptBefore = false;
    }
  };

  for (const action of life.actions) {
    if (action.do === 'run') sim.runFor(action.ms);
    else if (action.do === 'send') sim.send(action.event);
    else if (action.do === 'sleep') {
      sleptBefore = true;
      sim.sleepUnannounced(action.ms);
    } else {
      sleptBefore = true;
      sim.jumpClock(action.ms);
    }
    observe();
  }
  return { sim, steps };
}
