/**
 * The break-session half of the demo bridge: the break and grounding channels answered by main's own
 * session (createBreakSession in core) on the demo's standing clock, seeded rng and in-memory settings.
 * Only main's surroundings are played here: the break window's current view (break:current), and the
 * engine's answer to "This doesn't feel right", which in main writes settings.gentleModeUntil.
 */
import { createBreakSession, type BreakSessionState } from '../../electron/core/break-session/index.ts';
import type { PracticeId, Rng } from '../../electron/core/content/index.ts';
import type { LocalTime } from '../../electron/core/engine/index.ts';
import { breakKindSchema } from '../../electron/core/settings/settings-schema.ts';
import type {
  BreakView,
  InvokeChannel,
  OfferKind,
  RequestOf,
  ResponseOf,
} from '../../electron/core/ipc-contract.ts';
import type { Settings } from '../../electron/core/settings/settings-schema.ts';

/** How the preview starts, usually from the page's query string (see demo-options.ts). */
export interface DemoSessionOptions {
  rng: Rng;
  /** The demo's clock, which stands still at this instant. */
  now: number;
  /** The browser's local time, as main uses the system's. */
  localTime: Pick<LocalTime, 'localDateKey' | 'startOfNextLocalDay'>;
  /** How a break chosen from the offer counts (main's offers are always 'timed'). */
  occasion: 'timed' | 'manual';
  /**
   * What the break window shows first: the offer (default), a prompt or a practice as if started from the
   * tray, or nothing.
   */
  open: 'offer' | OfferKind | PracticeId | 'none';
  /** The dizziness line has been seen already. */
  breathIntroShown: boolean;
}

type BreakChannel =
  | 'break:current'
  | 'break:choose'
  | 'break:not-right'
  | 'break:another'
  | 'break:practice'
  | 'break:favourite'
  | 'break:hide-phrase'
  | 'break:fallback'
  | 'break:need'
  | 'grounding:current';

const isOfferKind = (open: string): open is OfferKind => breakKindSchema.safeParse(open).success;

/** Answers for the break-session channels. */
export type BreakAnswers = { [C in BreakChannel & InvokeChannel]: (request: RequestOf<C>) => ResponseOf<C> };

/** The session's answers, reading and saving settings through `settings`. */
export function demoBreakSession(
  options: DemoSessionOptions,
  settings: { get(): Settings; save(patch: Partial<Settings>): void },
): { answers: BreakAnswers; state(): BreakSessionState } {
  const { localTime, occasion, open } = options;
  const now = (): number => options.now;
  const session = createBreakSession({
    settings: () => settings.get(),
    saveSettings: (patch) => {
      settings.save(patch);
    },
    now,
    rng: options.rng,
    localDateKey: (epochMs) => localTime.localDateKey(epochMs),
    initial: { breathIntroShown: options.breathIntroShown },
  });
  // The break window's view, as main's presenter shows it before the page asks and every step replaces it.
  const first = (): BreakView | null => {
    if (open === 'none') return null;
    if (open === 'offer') return session.offer(occasion);
    return isOfferKind(open) ? session.prompt(open, 'manual') : session.practice(open, 'manual');
  };
  // Made when the page first asks, once it has loaded its language (start.tsx), as main makes it in its own.
  let current: BreakView | null | undefined;
  const shown = <V extends BreakView>(view: V): V => {
    current = view;
    return view;
  };
  const answers: BreakAnswers = {
    'break:current': () => (current === undefined ? (current = first()) : current),
    'break:choose': ({ kind }) => shown(session.prompt(kind, occasion)),
    'break:not-right': ({ from }) => {
      const view = shown(session.notRight(from));
      settings.save({ gentleModeUntil: localTime.startOfNextLocalDay(now()) });
      return view;
    },
    'break:another': () => shown(session.another()),
    'break:practice': ({ practiceId }) => shown(session.practice(practiceId)),
    'break:favourite': ({ phraseId, keep }) => {
      session.favourite(phraseId, keep);
      return null;
    },
    'break:hide-phrase': ({ phraseId }) => shown(session.hide(phraseId)),
    'break:fallback': ({ choice }) => shown(session.fallback(choice)),
    'break:need': ({ need }) => shown(session.need(need)),
    'grounding:current': () => session.grounding(),
  };
  return { answers, state: () => session.state() };
}
