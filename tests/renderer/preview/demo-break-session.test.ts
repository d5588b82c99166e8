import { describe, expect, it } from 'vitest';
import { createDemoBridge } from '../../../renderer/preview/demo-bridge.ts';
import { demoOptionsFrom } from '../../../renderer/preview/demo-options.ts';

/** A demo bridge on a fixed seed and day, as the preview's journeys start it. */
const demo = (query = '') => createDemoBridge(demoOptionsFrom(`?seed=11&today=2025-03-10&${query}`));
const endOfDay = new Date(2025, 2, 11).getTime();

describe("the preview's break session", () => {
  it('plays the engine after "This doesn\'t feel right": gentle mode is saved in the settings until the day ends', async () => {
    const bridge = demo('open=kind');
    expect(bridge.settings().gentleModeUntil).toBeNull();
    await bridge.invoke('break:not-right', { from: 'kind' });
    expect(bridge.settings().gentleModeUntil).toBe(endOfDay);
    expect(await bridge.invoke('break:another')).toMatchObject({ ok: true, value: { view: 'care' } });
  });

  it('starts gentle from the settings, and a gentle mode turned off there ends at once', async () => {
    const bridge = demo('open=kind&gentle=1');
    expect(await bridge.invoke('break:current')).toMatchObject({ value: { view: 'care' } });
    await bridge.invoke('settings:update', { gentleModeUntil: null });
    expect(await bridge.invoke('break:another')).toMatchObject({ value: { view: 'kind' } });
  });

  it('answers break:current with the view shown last, as main does', async () => {
    const bridge = demo();
    expect(await bridge.invoke('break:current')).toMatchObject({ value: { view: 'offer' } });
    const chosen = await bridge.invoke('break:choose', { kind: 'tea' });
    expect(await bridge.invoke('break:current')).toEqual(chosen);
  });
});
