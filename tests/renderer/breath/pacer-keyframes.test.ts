import { describe, expect, it } from 'vitest';
import { breathPattern } from '../../../electron/core/content/index.ts';
import { pacerKeyframesCss } from '../../../renderer/src/breath/pacer-keyframes.ts';

const frames = (css: string) =>
  [...css.matchAll(/([\d.]+)% \{ transform: scale\(([\d.]+)\); opacity: ([\d.]+);/g)].map((m) => ({
    at: Number(m[1]),
    scale: Number(m[2]),
    opacity: Number(m[3]),
  }));

describe('the pacer keyframes', () => {
  it('grow the circle on the in-breath and shrink it on the out-breath, with transform and opacity only', () => {
    const css = pacerKeyframesCss('x', breathPattern('breath.longout-4-6', { holds: true }), 'motion');
    expect(frames(css)).toEqual([
      { at: 0, scale: 0.5, opacity: 0.7 },
      { at: 40, scale: 1, opacity: 1 },
      { at: 100, scale: 0.5, opacity: 0.7 },
    ]);
    expect(
      css.replace(
        /@keyframes x|transform|opacity|animation-timing-function|ease-in-out|scale|[\d.%{}():;\s]/g,
        '',
      ),
    ).toBe('');
  });

  it('keep the circle still on holds', () => {
    const f = frames(pacerKeyframesCss('x', breathPattern('breath.box-4', { holds: true }), 'motion'));
    expect(f.map((k) => k.scale)).toEqual([0.5, 1, 1, 0.5, 0.5]);
  });

  it("add the sigh's top-up as a small extra step", () => {
    const f = frames(pacerKeyframesCss('x', breathPattern('breath.sigh', { holds: true }), 'motion'));
    expect(f.map((k) => k.scale)).toEqual([0.5, 0.9, 1, 0.5]);
  });

  it('with reduced motion keep the size and change only the opacity', () => {
    const f = frames(pacerKeyframesCss('x', breathPattern('breath.easy-7', { holds: true }), 'calm'));
    expect(new Set(f.map((k) => k.scale)).size).toBe(1);
    expect(f.map((k) => k.opacity)).toEqual([0.4, 1, 0.4]);
  });
});
