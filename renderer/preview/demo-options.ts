/**
 * The preview's start-up options from the query string, so a test (or a person) can reach any screen
 * deterministically: `?seed=7&today=2025-03-10&open=tea&gentle=1&intro=seen&theme=dark&motion=reduce&sounds=1`.
 */
import { seededRng } from '../../electron/core/content/index.ts';
import type { Settings } from '../../electron/core/settings/settings-schema.ts';
import type { DemoSessionOptions } from './demo-break-session.ts';

/** Everything the demo bridge is created with. */
export interface DemoOptions {
  session: DemoSessionOptions;
  /** Settings to start from instead of the defaults. */
  settings: Partial<Settings>;
}

const openValues = ['offer', 'breath', 'tea', 'kind', 'none'] as const;

/** Today as a local `YYYY-MM-DD` (the preview's edge: here the real clock may be read). */
function localToday(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Options from a query string such as `location.search`; anything missing gets the app's defaults. */
export function demoOptionsFrom(search: string, now = new Date()): DemoOptions {
  const q = new URLSearchParams(search);
  const seed = Number.parseInt(q.get('seed') ?? '', 10);
  const today = q.get('today') ?? '';
  const open = q.get('open') ?? 'offer';
  const settings: Partial<Settings> = {};
  const theme = q.get('theme');
  if (theme === 'light' || theme === 'dark') settings.theme = theme;
  if (q.get('motion') === 'reduce') settings.reducedMotion = 'on';
  if (q.get('sounds') === '1') settings.sounds = true;
  const pattern = q.get('pattern');
  if (pattern) settings.defaultBreathPattern = pattern;
  if (q.get('holds') === '0') settings.boxHolds = false;
  return {
    settings,
    session: {
      rng: Number.isFinite(seed) ? seededRng(seed) : Math.random,
      today: /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : localToday(now),
      occasion: q.get('occasion') === 'manual' ? 'manual' : 'timed',
      open: (openValues as readonly string[]).includes(open) ? (open as DemoSessionOptions['open']) : 'offer',
      gentle: q.get('gentle') === '1',
      breathIntroShown: q.get('intro') === 'seen',
    },
  };
}
