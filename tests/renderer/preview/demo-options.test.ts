import { describe, expect, it } from 'vitest';
import { demoOptionsFrom } from '../../../renderer/preview/demo-options.ts';

/** The local day the demo's standing clock shows. */
const dayOf = (options: ReturnType<typeof demoOptionsFrom>): string =>
  options.session.localTime.localDateKey(options.session.now);

describe('the preview options', () => {
  it('start like the app: the offer, a timed break, now, default settings', () => {
    const now = new Date(2025, 2, 9, 23, 30);
    const options = demoOptionsFrom('', now);
    expect(options.settings).toEqual({});
    expect(options.session).toMatchObject({
      now: now.getTime(),
      occasion: 'timed',
      open: 'offer',
      breathIntroShown: false,
    });
    expect(dayOf(options)).toBe('2025-03-09');
  });

  it('take a seed, a day, a screen and settings from the query string', () => {
    const options = demoOptionsFrom(
      '?seed=5&today=2025-01-02&open=tea&gentle=1&intro=seen&theme=dark&motion=reduce&sounds=1&pattern=breath.sigh&holds=0&occasion=manual',
    );
    expect(options.settings).toEqual({
      theme: 'dark',
      reducedMotion: 'on',
      sounds: true,
      defaultBreathPattern: 'breath.sigh',
      boxHolds: false,
      gentleModeUntil: new Date(2025, 0, 3).getTime(),
    });
    expect(options.session).toMatchObject({ occasion: 'manual', open: 'tea', breathIntroShown: true });
    expect(dayOf(options)).toBe('2025-01-02');
  });

  it('start gentle mode as main keeps it: in the settings, until the fixed day ends', () => {
    const options = demoOptionsFrom('?today=2025-03-10&gentle=1');
    const { now, localTime } = options.session;
    expect(options.settings.gentleModeUntil).toBe(localTime.startOfNextLocalDay(now));
    expect(options.settings.gentleModeUntil).toBeGreaterThan(now);
    expect(demoOptionsFrom('?today=2025-03-10').settings).not.toHaveProperty('gentleModeUntil');
  });

  it('give the same random sequence for the same seed', () => {
    const a = demoOptionsFrom('?seed=5').session.rng;
    const b = demoOptionsFrom('?seed=5').session.rng;
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('ignore values they do not know', () => {
    const now = new Date(2025, 0, 1);
    const options = demoOptionsFrom('?open=settings&theme=purple&today=soon', now);
    expect(options.session.open).toBe('offer');
    expect(options.session.now).toBe(now.getTime());
    expect(options.settings).toEqual({});
  });
});
