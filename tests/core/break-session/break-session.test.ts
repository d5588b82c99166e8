/** The session object main and the preview both run: state kept between steps, settings read and saved. */
import { describe, expect, it } from 'vitest';
import {
  createBreakSession,
  gentleModeOn,
  type BreakSession,
  type BreakSessionOptions,
  type SessionSettingsPatch,
} from '../../../electron/core/break-session/index.ts';
import { catalogue, fallback, seededRng } from '../../../electron/core/content/index.ts';
import { createLocalTime } from '../../../electron/core/engine/index.ts';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import type { Settings } from '../../../electron/core/settings/settings-schema.ts';

const HOUR = 3_600_000;
const noon = Date.UTC(2025, 2, 10, 12);
const utc = createLocalTime('UTC');

/** A session on a clock and settings the test moves; every save is recorded and applied. */
function harness(over: Partial<Settings> = {}, initial?: BreakSessionOptions['initial']) {
  const world = { now: noon, settings: { ...defaultSettings(), ...over }, saved: [] as SessionSettingsPatch[] };
  const session: BreakSession = createBreakSession({
    settings: () => world.settings,
    saveSettings: (patch) => {
      world.saved.push(patch);
      world.settings = { ...world.settings, ...patch };
    },
    now: () => world.now,
    rng: seededRng(3),
    localDateKey: (t) => utc.localDateKey(t),
    ...(initial ? { initial } : {}),
  });
  return { world, session };
}

const intensityOne = catalogue.phrases.items.filter((p) => p.intensity === 1).map((p) => p.id);

describe('gentle mode in a session', () => {
  it.each([
    { name: 'off when the settings hold none', until: null, gentle: false },
    { name: 'on until the time in the settings', until: noon + HOUR, gentle: true },
    { name: 'off from that time on', until: noon, gentle: false },
    { name: 'off once it has passed', until: noon - HOUR, gentle: false },
  ])('is $name', ({ until, gentle }) => {
    const { session } = harness({ gentleModeUntil: until });
    expect(gentleModeOn({ gentleModeUntil: until }, noon)).toBe(gentle);
    expect(session.state().fallback.gentleDay).toBe(gentle ? '2025-03-10' : null);
    expect(session.prompt('kind', 'timed').view).toBe(gentle ? 'care' : 'kind');
    expect(session.notRight('kind').notes.includes(fallback.gentleNote)).toBe(!gentle);
  });

  it('follows the settings between steps: turned off there, kind words come back at once', () => {
    const { world, session } = harness({ gentleModeUntil: noon + HOUR });
    expect(session.prompt('kind', 'timed').view).toBe('care');
    world.settings = { ...world.settings, gentleModeUntil: null };
    expect(session.another().view).toBe('kind');
  });

  it('ends with the day the settings give it, and the session moves on to the new day', () => {
    const { world, session } = harness({ gentleModeUntil: Date.UTC(2025, 2, 11) });
    expect(session.prompt('kind', 'timed').view).toBe('care');
    world.now = Date.UTC(2025, 2, 11, 9);
    expect(session.another().view).toBe('kind');
    expect(session.state()).toMatchObject({ today: '2025-03-11', fallback: { gentleDay: null } });
  });

  it('is not started by the session itself: the fallback leaves the setting to the engine', () => {
    const { world, session } = harness();
    session.notRight('kind');
    expect(world.saved).toEqual([]);
    expect(session.state().fallback.gentleDay).toBeNull();
  });
});

describe('what a session saves', () => {
  it.each([
    { name: 'keeps a favourite', before: [], keep: true, after: ['phrase.here-now'] },
    { name: 'lets a favourite go', before: ['phrase.here-now'], keep: false, after: [] },
  ])('$name', ({ before, keep, after }) => {
    const { world, session } = harness({ favouritePhraseIds: before });
    session.favourite('phrase.here-now', keep);
    expect(world.saved).toEqual([{ favouritePhraseIds: after }]);
  });

  it.each([
    { name: 'hides a phrase', favourites: [], patch: { hiddenPhraseIds: ['phrase.here-now'] } },
    {
      name: 'hides a favourite and lets it go',
      favourites: ['phrase.here-now'],
      patch: { hiddenPhraseIds: ['phrase.here-now'], favouritePhraseIds: [] },
    },
  ])('$name, and shows another phrase', ({ favourites, patch }) => {
    const { world, session } = harness({ favouritePhraseIds: favourites });
    const next = session.hide('phrase.here-now');
    expect(world.saved).toEqual([patch]);
    expect(next).toMatchObject({ view: 'kind' });
    expect(next).not.toMatchObject({ phraseId: 'phrase.here-now' });
  });
});

describe('the occasion a session remembers', () => {
  // With every gentle phrase hidden, only a break the user started may show kind words.
  it.each([
    { name: 'a timed prompt', start: (s: BreakSession) => s.prompt('kind', 'timed'), then: 'care' },
    { name: 'a manual prompt', start: (s: BreakSession) => s.prompt('kind', 'manual'), then: 'kind' },
    { name: 'a timed offer', start: (s: BreakSession) => s.offer('timed'), then: 'care' },
    { name: 'a manual offer', start: (s: BreakSession) => s.offer('manual'), then: 'kind' },
  ])('holds for the steps after $name', ({ start, then }) => {
    const { session } = harness({ hiddenPhraseIds: intensityOne });
    start(session);
    expect(session.another().view).toBe(then);
    expect(session.hide('phrase.no-such').view).toBe(then);
  });
});

describe('what a session starts with', () => {
  it.each([
    { name: 'a fresh session shows the dizziness line', initial: undefined, firstUse: true },
    { name: 'a session told it was seen does not', initial: { breathIntroShown: true }, firstUse: false },
  ])('$name', ({ initial, firstUse }) => {
    const { session } = harness({}, initial);
    expect(session.prompt('breath', 'timed')).toMatchObject({ view: 'breath', firstUse });
    expect(session.prompt('breath', 'timed')).toMatchObject({ firstUse: false });
  });

  it('starts on the local day of its clock', () => {
    expect(harness().session.state()).toMatchObject({ today: '2025-03-10', history: {} });
  });
});
