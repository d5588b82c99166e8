/** The break engine's vocabulary: its context, events, effects, status model and state. */
import type { LongerPracticeId } from '../content/content-ids.ts';
import type { PauseChoice } from '../tend-command.ts';
import type { EngineSettings } from './engine-settings.ts';
import type { LocalTime } from './local-time.ts';
import type { HoursState } from './working-hours.ts';

/** The three things a timed offer presents. */
export type BreakKind = 'breath' | 'tea' | 'kind';
/**
 * Everything a prompt window can open: the offer's three, grounding (shortcut and tray), and a longer
 * practice by name (tray and settings only: the engine never offers one by itself; issue #21).
 */
export type PromptKind = BreakKind | 'grounding' | LongerPracticeId;
/** How a break ended: the page said it was over, or it was closed before that (Esc, the window closed). */
export type BreakEnded = 'finished' | 'closed-early';
/** The user's own answer to a standing offer (an offer that fades by itself is neither). */
export type OfferAnswer = 'not-now' | 'skip';

/**
 * How main learns the user's idle time. 'sampled': only by reading it when the engine asks (pollIdleAt),
 * so while away the engine asks every 10 s to notice the return. 'pushed': the desktop also tells main
 * (GNOME Mutter's IdleMonitor watches), and main sends idleReport when the user has been idle for
 * awayReset and again (0) on their first input after that, so while away the engine asks for nothing.
 */
export type IdleSource = 'sampled' | 'pushed';

/** What every step needs besides the state: current settings and the user's local time. */
export interface EngineContext {
  readonly settings: EngineSettings;
  readonly localTime: LocalTime;
  /** Left out: 'sampled'. Changed with an idleSourceChanged event. */
  readonly idleSource?: IdleSource;
}

/** Something that happened, stamped with the wall-clock time (epoch ms) it happened at. */
export type EngineEvent =
  /** The timer main armed has fired and no idle sample was due. */
  | { readonly type: 'tick'; readonly now: number }
  /**
   * The timer fired for an idle sample: seconds since the last keyboard or mouse input, or null when the
   * system cannot tell (some Wayland desktops): then only locks and sleep count as away, and a due offer
   * shows without waiting for a typing lull.
   */
  | { readonly type: 'idleSample'; readonly now: number; readonly idleSeconds: number | null }
  /**
   * The desktop pushed idle time by itself (not main's timer): idleSeconds when its idle watch fired (the
   * user has been idle that long), 0 when its user-active watch fired (input again). Only with 'pushed'.
   */
  | { readonly type: 'idleReport'; readonly now: number; readonly idleSeconds: number }
  /**
   * Where idle time comes from changed (the idle watch became available, or went away with its bus);
   * main passes the new source in the context from now on too. Back to 'sampled' resumes polling.
   */
  | { readonly type: 'idleSourceChanged'; readonly now: number; readonly source: IdleSource }
  | { readonly type: 'lock'; readonly now: number }
  | { readonly type: 'unlock'; readonly now: number }
  | { readonly type: 'suspend'; readonly now: number }
  /** Power resume (the machine woke up): not the user's "Resume breaks", which is resumeBreaks. */
  | { readonly type: 'wake'; readonly now: number }
  /**
   * The answer to checkBusy: whether Do Not Disturb, a full-screen app or presentation, or a call makes
   * this a bad moment for the offer (signals that cannot be read count as not busy).
   */
  | { readonly type: 'busyChecked'; readonly now: number; readonly busy: boolean }
  /** The user picked one of the offer's three. */
  | { readonly type: 'choose'; readonly now: number; readonly kind: BreakKind }
  /**
   * The user turned to the standing offer (pressed inside it, or opened it from its notification): it
   * gets its full time again, so it never fades while they read it.
   */
  | { readonly type: 'offerSeen'; readonly now: number }
  /** "Not now". */
  | { readonly type: 'snooze'; readonly now: number }
  | { readonly type: 'skip'; readonly now: number }
  /**
   * The prompt in the break window finished or was closed: the break is taken. A grounding break lives in
   * its own window and ends when that window goes (windowGone), not here. `ended` as the page said it
   * (left out: 'finished').
   */
  | { readonly type: 'done'; readonly now: number; readonly ended?: BreakEnded }
  /** "This doesn't feel right": the prompt stays open and the rest of the day turns gentle. */
  | { readonly type: 'notRight'; readonly now: number }
  /** Pause for one of the tray's and the command line's lengths ('tomorrow': until local midnight). */
  | { readonly type: 'pause'; readonly now: number; readonly choice: PauseChoice }
  /** The user's "Resume": a fresh interval starts. */
  | { readonly type: 'resumeBreaks'; readonly now: number }
  /** Tray or shortcut: a break right now, whatever else is going on. */
  | { readonly type: 'takeBreakNow'; readonly now: number; readonly kind: PromptKind }
  /** New settings; main passes them in the context from now on too. */
  | { readonly type: 'settingsChanged'; readonly now: number; readonly settings: EngineSettings }
  /**
   * A break or grounding window went away without the engine asking: closed by the user or the system,
   * or its page crashed, hung or did not load. It counts as what the user would have done there. A break
   * it ends counts as `ended` (left out: 'closed-early'; the grounding page closing itself says which).
   */
  | { readonly type: 'windowGone'; readonly now: number; readonly window: 'break' | 'grounding'; readonly ended?: BreakEnded };

/** An event as the adapters send it: main stamps it with the time. */
export type EngineInput = EngineEvent extends infer E ? (E extends EngineEvent ? Omit<E, 'now'> : never) : never;

/** The event `input` is at `now`. */
export function stamped(input: EngineInput, now: number): EngineEvent {
  return { ...input, now };
}

/** The tray's status line as data; statusText() turns it into words. */
export type EngineStatus =
  /** Minutes change in coarse steps: nearest 5 while far, then each minute over the last five. */
  | { readonly kind: 'next-break'; readonly minutes: number }
  /** Due, waiting for a pause in typing (or for the answer to checkBusy). */
  | { readonly kind: 'break-soon' }
  /** Due, held back while the moment is busy (Do Not Disturb, full screen, a call). */
  | { readonly kind: 'held' }
  | { readonly kind: 'offer-showing' }
  | { readonly kind: 'on-break' }
  /** daysAhead: local days from now to `until` (0 today, 1 tomorrow…), so the line can name the day. */
  | { readonly kind: 'paused'; readonly until: number; readonly daysAhead: number }
  | { readonly kind: 'paused-until-resumed' }
  /** startsAt: when working hours begin again, or null when no range is set. */
  | { readonly kind: 'outside-hours'; readonly startsAt: number | null }
  | { readonly kind: 'away' };

/** What main carries out. Every step ends with exactly one armTimer and one pollIdleAt. */
export type EngineEffect =
  /**
   * Ask the OS once whether this is a bad moment for an offer, and answer with busyChecked. Only ever
   * while an offer is due, at most once a minute (never between breaks).
   */
  | { readonly type: 'checkBusy' }
  /** Show the offer window (inactive, near the tray). */
  | { readonly type: 'showOffer' }
  /** Fade and close the offer window. */
  | { readonly type: 'hideOffer' }
  /** Show a prompt in the one break window (replacing the offer if it is up). */
  | { readonly type: 'openPrompt'; readonly kind: PromptKind }
  /** Close the break window. */
  | { readonly type: 'closeWindow' }
  /** The status model changed. */
  | { readonly type: 'setStatus'; readonly status: EngineStatus }
  /** Send a tick at this instant (null: no tick wanted). Mirrors state.nextWakeAt. */
  | { readonly type: 'armTimer'; readonly at: number | null }
  /**
   * Send an idle sample at this instant (null: none wanted). Mirrors state.nextIdleSampleAt. With a
   * 'pushed' idle source, null while idle-away: the idleReport for the return is awaited instead.
   */
  | { readonly type: 'pollIdleAt'; readonly at: number | null }
  /** Offer only gentle, outward content until this instant (the start of the next local day). */
  | { readonly type: 'enterGentleMode'; readonly until: number }
  /**
   * A break the user took has ended (for the gentle history); comes before the closeWindow that goes with
   * it, so the window's last view can still be read. A prompt Tend lets go after BREAK_GUARD_MS is not
   * one: nobody can say what happened there.
   */
  | {
      readonly type: 'breakEnded';
      readonly kind: PromptKind;
      readonly startedAt: number;
      readonly endedAt: number;
      readonly ended: BreakEnded;
    }
  /** The user answered a standing offer with "Not now" or "Skip" (for the history's opt-in count). */
  | { readonly type: 'offerAnswered'; readonly answer: OfferAnswer; readonly at: number };

/** Why the user is not at the machine; away (awaySince set) while any reason holds. */
export interface Presence {
  readonly locked: boolean;
  readonly suspended: boolean;
  /** Idle for at least awayReset by the last sample. */
  readonly idleAway: boolean;
  /** Start of the current absence, or null when present. */
  readonly awaySince: number | null;
  /** The latest input we know of (idle samples and user actions). */
  readonly lastInputAt: number;
}

/** The last check of whether the moment is busy. */
export interface BusyCheck {
  readonly askedAt: number;
  /** True until its answer comes (or its time runs out). */
  readonly pending: boolean;
  /** The last answer; null before any. A check that ran out of time counts as quiet. */
  readonly answer: 'busy' | 'quiet' | null;
}

/** Where the current break cycle is. */
export type Phase =
  | { readonly kind: 'counting' }
  /** Due: polling for a typing lull since lullSince, or (lullSince null) asking whether the moment is busy. */
  | { readonly kind: 'waiting'; readonly since: number; readonly lullSince: number | null }
  | { readonly kind: 'offer'; readonly shownAt: number }
  | { readonly kind: 'break'; readonly prompt: PromptKind; readonly since: number };

/** The engine's whole memory: fixed-size plain data, safe to log or persist. */
export interface EngineState {
  /** The `now` of the last event. */
  readonly lastAt: number;
  /** Work counted since the last break. */
  readonly workMs: number;
  /** Work time at which the current wait began (0 after a break; the work time at snooze or skip). */
  readonly countFromMs: number;
  /** Whether the next offer is a full interval or a snooze after countFromMs. */
  readonly dueAfter: 'interval' | 'snooze';
  readonly presence: Presence;
  /** null when running; until null = until resumed. */
  readonly pause: { readonly until: number | null } | null;
  readonly hours: HoursState;
  /** The last busy check: when it was asked, whether it is still out, and the last answer; null before any. */
  readonly busyCheck: BusyCheck | null;
  readonly phase: Phase;
  /** The status model last sent with setStatus. */
  readonly status: EngineStatus;
  /** When the engine next wants a tick (null: none). */
  readonly nextWakeAt: number | null;
  /** When the engine next wants an idle sample (null: none). */
  readonly nextIdleSampleAt: number | null;
}

/** A step's result: the new state and what main should do. */
export interface StepResult {
  readonly state: EngineState;
  readonly effects: EngineEffect[];
}
