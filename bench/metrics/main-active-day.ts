/**
 * A realistic active working day played on the real main code (fake electron, linux-x11 profile, fake
 * time): the same seeded day the engine simulator plays for engine.wakeupsPerHour.active
 * (harness/activity-trace.ts activeWorkTrace: typing in bursts, reading, teas at the desk, quick locks
 * and a 45-minute call), with offers answered in the simulator's mix (offerAnswers): a little over half
 * chosen and finished a minute later, some not now, some skipped, about one in five left to fade.
 *
 * What the OS says comes through main's own readers: idle time through powerMonitor (idleFollows), and
 * the call through `pactl`, which main runs for its busy check when an offer falls due (the harness
 * answers the command with the text pactl prints: a recording stream during the call, none otherwise;
 * every other command fails, so those signals read unknown). The linux-x11 profile has no session bus
 * here, so a quick lock is what the OS's idle time shows of it, not a logind Lock: it is too short to
 * count as away either way.
 */
import { activeWorkTrace, busyIn, idleSecondsIn, seededRandom } from '../../harness/activity-trace.ts';
import { launchTend, type LaunchedTend } from '../../harness/launch-tend.ts';
import { HOUR, idleFollows, MONDAY_9AM, SEC } from '../../harness/tend-journey.ts';
import type { RunCommand } from '../../electron/main/system/busy/run-command.ts';
import { countTimerWakeups } from './main-timer-wakeups.ts';

const DAY_HOURS = 8;
// The harness checks for an offer this often; answers then come 6 to 8 s after it showed, as in the simulator.
const STEP_MS = 5 * SEC;
// How long a command takes to answer: about one run of pactl, as the simulator assumes (busyAnswerMs).
const COMMAND_MS = 300;

/** What one or more active days on the real main code came to. */
export interface ActiveDayFigures {
  hours: number;
  /** Distinct instants any timer in the process fired. */
  wakeups: number;
  /** Wake-ups of main's one break timer (timer-driver.ts); the rest came from other timers. */
  breakTimerWakeups: number;
  setIntervalCalls: number;
  /** Busy checks main ran (each runs pactl twice, and xfconf-query and xprop, on a real XFCE desktop). */
  busyChecks: number;
  offers: number;
}

// What `LC_ALL=C pactl list source-outputs` prints while a call records from the microphone (shortened).
const recording =
  'Source Output #7\n\tDriver: PipeWire\n\tClient: 61\n\tSource: 1\n\tCorked: no\n\tProperties:\n\t\tmedia.name = "Call"\n';
// `pactl list short sources`: the output's monitor and the microphone.
const sources =
  '0\talsa_output.pci-0000_00_1f.3.analog-stereo.monitor\tPipeWire\ts32le 2ch 48000Hz\tIDLE\n1\talsa_input.pci-0000_00_1f.3.analog-stereo\tPipeWire\ts32le 2ch 48000Hz\tRUNNING\n';

/**
 * The commands main's busy readers run, answered as the machine would during the trace's day, each
 * `COMMAND_MS` after it was started (on the fake clock, through a timer the wake-up count leaves out:
 * on a real machine the answer is the child process exiting, not a timer of Tend's).
 */
function pactlFor(
  inCall: (at: number) => boolean,
  checks: Set<number>,
  later: (run: () => void, ms: number) => void,
): RunCommand {
  const answer = (text: string | null): Promise<string | null> =>
    new Promise((resolve) => later(() => resolve(text), COMMAND_MS));
  return (command, args) => {
    if (command !== 'pactl') return answer(null);
    if (args.includes('source-outputs')) {
      checks.add(Date.now());
      return answer(inCall(Date.now()) ? recording : '');
    }
    return answer(sources);
  };
}

/** One thing the user does: when, and what the break window sends. */
type Answer = { at: number; send: (t: LaunchedTend) => Promise<unknown> };

/** The user's answer to an offer shown at `shownAt`, drawn from `r` as offerAnswers draws it. */
function answerFor(shownAt: number, r: number): Answer[] {
  const invoke =
    (channel: 'break:done' | 'break:not-now' | 'break:skip') =>
    (t: LaunchedTend): Promise<unknown> => {
      const win = t.windowFor('break');
      return win ? t.invoke(win, channel) : Promise.resolve();
    };
  if (r < 0.55) {
    const kind = r < 0.2 ? 'breath' : r < 0.4 ? 'tea' : 'kind';
    const choose = (t: LaunchedTend): Promise<unknown> => {
      const win = t.windowFor('break');
      return win ? t.invoke(win, 'break:choose', { kind }) : Promise.resolve();
    };
    return [
      { at: shownAt + 8 * SEC, send: choose },
      { at: shownAt + 68 * SEC, send: invoke('break:done') },
    ];
  }
  if (r < 0.7) return [{ at: shownAt + 6 * SEC, send: invoke('break:not-now') }];
  if (r < 0.8) return [{ at: shownAt + 6 * SEC, send: invoke('break:skip') }];
  return [];
}

/** Plays one 8-hour day of `seed` on the real main code; every figure counts from the launch. */
async function oneDay(seed: number): Promise<ActiveDayFigures> {
  const start = MONDAY_9AM;
  const trace = activeWorkTrace(start, DAY_HOURS * 60, seed);
  const timers = countTimerWakeups();
  const checks = new Set<number>();
  // The fake clock's own setTimeout, taken before the count wraps it: the commands' answers are not Tend's timers.
  let later: (run: () => void, ms: number) => void = () => undefined;
  const before = (electron: Parameters<typeof timers.install>[0]): void => {
    const fakeSetTimeout = globalThis.setTimeout;
    later = (run, ms) => void fakeSetTimeout(run, ms);
    timers.install(electron);
  };
  const runCommand = pactlFor(
    (at) => busyIn(trace, at),
    checks,
    (run, ms) => later(run, ms),
  );
  const t = await launchTend({ clock: start, before, runCommand });
  try {
    idleFollows(t, (now) => idleSecondsIn(trace, now));
    const answer = seededRandom(seed);
    const pending: Answer[] = [];
    let answered: number | null = null;
    let offers = 0;
    const end = start + DAY_HOURS * HOUR;
    while (Date.now() < end) {
      const phase = t.engine().phase;
      if (phase.kind === 'offer' && answered !== phase.shownAt) {
        answered = phase.shownAt;
        offers += 1;
        pending.push(...answerFor(phase.shownAt, answer()));
      }
      const next = pending[0];
      if (next && next.at <= Date.now()) {
        pending.shift();
        await next.send(t);
        await t.settle();
        continue;
      }
      await t.advance(Math.min(STEP_MS, (next?.at ?? end) - Date.now(), end - Date.now()));
    }
    return {
      hours: DAY_HOURS,
      wakeups: timers.wakeups(),
      breakTimerWakeups: t.runtime?.timer.wakeups() ?? Number.NaN,
      setIntervalCalls: timers.intervals(),
      busyChecks: checks.size,
      offers,
    };
  } finally {
    t.cleanup();
    timers.uninstall();
  }
}

/** The seeded days played one after another, summed. */
export async function activeDays(seeds: readonly number[]): Promise<ActiveDayFigures> {
  const total: ActiveDayFigures = {
    hours: 0,
    wakeups: 0,
    breakTimerWakeups: 0,
    setIntervalCalls: 0,
    busyChecks: 0,
    offers: 0,
  };
  for (const seed of seeds) {
    const day = await oneDay(seed);
    for (const key of Object.keys(total) as (keyof ActiveDayFigures)[]) total[key] += day[key];
  }
  return total;
}
