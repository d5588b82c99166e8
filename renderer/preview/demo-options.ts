/**
 * The preview's start-up options from the query string, so a test (or a person) can reach any screen
 * deterministically: `?seed=7&today=2025-03-10&open=tea&gentle=1&intro=seen&theme=dark&motion=reduce&sounds=1`,
 * what "Why no break?" finds with `busy=unknown:call,held:doNotDisturb` (demo-busy.ts), and how much
 * history "Your pauses" has with `history=empty|week|weeks|year` (demo-history.ts). `open` may also
 * name a practice (`open=scb.moment`, `open=longer.letter`), opened as if the user asked for it.
 */
import { practiceIds, seededRng } from '../../electron/core/content/index.ts';
import { createLocalTime, type LocalTime } from '../../electron/core/engine/index.ts';
import type { Settings } from '../../electron/core/settings/settings-schema.ts';
import type { DemoSessionOptions } from './demo-break-session.ts';
import { demoBusyFrom, type DemoBusy } from './demo-busy.ts';
import { demoHistorySpans, type DemoHistorySpan } from './demo-history.ts';

/** Everything the demo bridge is created with. */
export interface DemoOptions {
  session: DemoSessionOptions;
  /** Settings to start from instead of the defaults. */
  settings: Partial<Settings>;
  /** What 'busy:status' answers (default: every signal readable, nothing held back yet). */
  busy?: DemoBusy;
  /** How much history "Your pauses" starts with (default: four weeks), in the browser's local time. */
  history?: { span: DemoHistorySpan; localTime: LocalTime };
}

const openValues = ['offer', 'breath', 'tea', 'kind', 'none', ...practiceIds] as const;

/** Noon on `day` (`YYYY-MM-DD`) in the browser's zone, or null if `day` is not a date. */
function noonOn(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12).getTime() : null;
}

/**
 * Options from a query string such as `location.search`; anything missing gets the app's defaults. The
 * clock stands still at noon on `today`, or at `now` (the preview's edge: here the real clock may be read).
 */
export function demoOptionsFrom(search: string, now = new Date()): DemoOptions {
  const q = new URLSearchParams(search);
  const seed = Number.parseInt(q.get('seed') ?? '', 10);
  const open = q.get('open') ?? 'offer';
  const localTime = createLocalTime(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const at = noonOn(q.get('today') ?? '') ?? now.getTime();
  const settings: Partial<Settings> = {};
  const theme = q.get('theme');
  if (theme === 'light' || theme === 'dark') settings.theme = theme;
  if (q.get('motion') === 'reduce') settings.reducedMotion = 'on';
  if (q.get('sounds') === '1') settings.sounds = true;
  const pattern = q.get('pattern');
  if (pattern) settings.defaultBreathPattern = pattern;
  if (q.get('holds') === '0') settings.boxHolds = false;
  // As if "This doesn't feel right" was used earlier today: gentle mode until the day ends, as main keeps it.
  if (q.get('gentle') === '1') settings.gentleModeUntil = localTime.startOfNextLocalDay(at);
  const span = q.get('history') ?? 'weeks';
  return {
    settings,
    busy: demoBusyFrom(q.get('busy'), at),
    history: { span: (demoHistorySpans as readonly string[]).includes(span) ? (span as DemoHistorySpan) : 'weeks', localTime },
    session: {
      rng: Number.isFinite(seed) ? seededRng(seed) : Math.random,
      now: at,
      localTime,
      occasion: q.get('occasion') === 'manual' ? 'manual' : 'timed',
      open: (openValues as readonly string[]).includes(open) ? (open as DemoSessionOptions['open']) : 'offer',
      breathIntroShown: q.get('intro') === 'seen',
    },
  };
}
