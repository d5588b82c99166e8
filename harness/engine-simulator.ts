/**
 * Drives the engine the way main will: one timer armed for the earlier of nextWakeAt and
 * nextIdleSampleAt, an idle sample when the timer fires for one (else a tick), and events from outside
 * at their times. Keeps a real (monotonic) clock apart from the wall clock so that clock jumps and
 * sleeps can be played: timers run on real time, events carry wall time. Used by tests and the bench.
 */
import { initialState, step } from '../electron/core/engine/engine-step.ts';
import type {
  EngineContext,
  EngineEffect,
  EngineEvent,
  EngineInput,
  EngineState,
} from '../electron/core/engine/engine-types.ts';
import { stamped } from '../electron/core/engine/engine-types.ts';

/** One step as the simulator saw it. */
interface SimEntry {
  /** null for the initial state. */
  readonly event: EngineEvent | null;
  readonly effects: readonly EngineEffect[];
  readonly state: EngineState;
  /** The real (monotonic) time of the step. */
  readonly realAt: number;
}

interface SimOptions {
  /** Start instant (real and wall clock agree at the start). */
  readonly start: number;
  readonly ctx: EngineContext;
  /** Seconds since the last input at a real instant (null: the OS cannot tell); always-active when left out. */
  readonly idleSeconds?: (realNow: number) => number | null;
  /**
   * Whether the moment is busy (DND, full screen, a call) at a real instant, as main's signal readers
   * would say when the engine asks (checkBusy); null: the answer never comes. Left out: never busy.
   */
  readonly busyAt?: (realNow: number) => boolean | null;
  /** How long main takes to answer a busy check (default 300 ms, about one command's run). */
  readonly busyAnswerMs?: number;
  /** Called for each effect, e.g. to play a user answering the offer. */
  readonly onEffect?: (effect: EngineEffect, sim: Simulator) => void;
  /** Keep every step in `log` (off for long runs that only count). */
  readonly keepLog?: boolean;
}

/** An engine wired to a fake main process. */
export class Simulator {
  state: EngineState;
  ctx: EngineContext;
  /** Every step, when keepLog is on. */
  readonly log: SimEntry[] = [];
  /** Wall instants at which the one timer fired. */
  readonly wakeups: number[] = [];
  /** Every effect with the wall time it was emitted at. */
  readonly effects: { at: number; effect: EngineEffect }[] = [];
  private real: number;
  private offset = 0;
  private timerRealAt: number | null = null;
  private readonly queue: { realAt: number; seq: number; event: EngineInput }[] = [];
  private seq = 0;

  constructor(private readonly options: SimOptions) {
    this.real = options.start;
    this.ctx = options.ctx;
    const first = initialState(options.start, options.ctx);
    this.state = first.state;
    this.record(null, first.effects, first.state);
  }

  /** The wall clock now. */
  get now(): number {
    return this.real + this.offset;
  }

  /** The real (monotonic) clock now. */
  get realNow(): number {
    return this.real;
  }

  /** Sends an event at the current time. */
  send(event: EngineInput): void {
    const full = stamped(event, this.now);
    if (full.type === 'settingsChanged') this.ctx = { ...this.ctx, settings: full.settings };
    if (full.type === 'idleSourceChanged') this.ctx = { ...this.ctx, idleSource: full.source };
    const result = step(this.state, full, this.ctx);
    this.state = result.state;
    this.record(full, result.effects, result.state);
  }

  /** Queues an event for a later real instant. */
  schedule(realAt: number, event: EngineInput): void {
    this.queue.push({ realAt, seq: this.seq++, event });
    this.queue.sort((a, b) => a.realAt - b.realAt || a.seq - b.seq);
  }

  /** Runs timers and queued events up to a real instant. */
  runUntil(realAt: number): void {
    for (;;) {
      const next = this.queue[0];
      const timer = this.timerRealAt;
      if (next && next.realAt <= realAt && (timer === null || next.realAt <= timer)) {
        this.real = Math.max(this.real, next.realAt);
        this.queue.shift();
        this.send(next.event);
      } else if (timer !== null && timer <= realAt) {
        this.real = Math.max(this.real, timer);
        this.fireTimer();
      } else break;
    }
    this.real = Math.max(this.real, realAt);
  }

  /** Runs for a while. */
  runFor(ms: number): void {
    this.runUntil(this.real + ms);
  }

  /** The machine sleeps for `ms` with no suspend event (timers stall), then the overdue timer fires. */
  sleepUnannounced(ms: number): void {
    this.real += ms;
    if (this.timerRealAt !== null && this.timerRealAt <= this.real) this.fireTimer();
  }

  /** The wall clock jumps by `ms` (negative: back); the armed timer keeps its real delay. */
  jumpClock(ms: number): void {
    this.offset += ms;
  }

  private fireTimer(): void {
    this.wakeups.push(this.now);
    this.timerRealAt = null;
    const sampleAt = this.state.nextIdleSampleAt;
    const idle = this.options.idleSeconds ?? ((): number | null => 0);
    this.send(
      sampleAt !== null && sampleAt <= this.now
        ? { type: 'idleSample', idleSeconds: idle(this.real) }
        : { type: 'tick' },
    );
  }

  /** Main reads the signals and answers a little later, as of the moment it asked. */
  private answerBusyCheck(): void {
    const busy = this.options.busyAt ? this.options.busyAt(this.real) : false;
    if (busy !== null) this.schedule(this.real + (this.options.busyAnswerMs ?? 300), { type: 'busyChecked', busy });
  }

  private record(event: EngineEvent | null, effects: readonly EngineEffect[], state: EngineState): void {
    // Main arms its one timer for the earliest instant asked for, as a delay from now.
    const times = [state.nextWakeAt, state.nextIdleSampleAt].filter((t) => t !== null);
    this.timerRealAt = times.length ? this.real + (Math.min(...times) - this.now) : null;
    if (this.options.keepLog ?? true) this.log.push({ event, effects, state, realAt: this.real });
    for (const effect of effects) {
      this.effects.push({ at: this.now, effect });
      if (effect.type === 'checkBusy') this.answerBusyCheck();
      this.options.onEffect?.(effect, this);
    }
  }
}
