import { describe, expect, it } from 'vitest';
import { demoOptionsFrom } from '../../../renderer/preview/demo-options.ts';

describe('the preview options', () => {
  it('start like the app: the offer, a timed break, today, default settings', () => {
    const options = demoOptionsFrom('', new Date(2025, 2, 9, 23, 30));
    expect(options.settings).toEqual({});
    expect(options.session).toMatchObject({
      today: '2025-03-09',
      occasion: 'timed',
      open: 'offer',
      gentle: false,
      breathIntroShown: false,
    });
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
    });
    expect(options.session).toMatchObject({
      today: '2025-01-02',
      occasion: 'manual',
      open: 'tea',
      gentle: true,
      breathIntroShown: true,
    });
  });

  it('give the same random sequence for the same seed', () => {
    const a = demoOptionsFrom('?seed=5').session.rng;
    const b = demoOptionsFrom('?seed=5').session.rng;
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('ignore values they do not know', () => {
    const options = demoOptionsFrom('?open=settings&theme=purple&today=soon', new Date(2025, 0, 1));
    expect(options.session.open).toBe('offer');
    expect(options.session.today).toBe('2025-01-01');
    expect(options.settings).toEqual({});
  });
});
