/** Helpers for the settings and welcome window tests: a demo bridge (real core), with answers to override. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IpcResult, TendBridge } from '../../../electron/core/ipc-channels.ts';
import type { InvokeChannel, ResponseOf, SettingsSnapshot } from '../../../electron/core/ipc-contract.ts';
import { createDemoBridge, type DemoBridge } from '../../../renderer/preview/demo-bridge.ts';
import { demoOptionsFrom } from '../../../renderer/preview/demo-options.ts';
import { SettingsWindow } from '../../../renderer/src/settings/settings-window.tsx';
import { WelcomeWindow } from '../../../renderer/src/welcome/welcome-window.tsx';

// jsdom lays nothing out, so it has no scrolling; the nav's scrollIntoView has nothing to do here.
Element.prototype.scrollIntoView = function scrollIntoView() {};

/** Answers that replace the demo bridge's for some channels (each gets the request, returns the result). */
export type Overrides = {
  [C in InvokeChannel]?: (request: unknown, demo: DemoBridge) => IpcResult<ResponseOf<C>>;
};

/** The demo bridge, with `overrides` answering their channels instead (still logged). */
export function bridgeWith(demo: DemoBridge, overrides: Overrides): TendBridge {
  return {
    invoke: ((channel: InvokeChannel, request?: unknown) => {
      const own = overrides[channel] as ((r: unknown, d: DemoBridge) => IpcResult<unknown>) | undefined;
      if (!own) return demo.invoke(channel as 'settings:update', request as Record<string, unknown>);
      demo.log.push({ channel, request });
      return Promise.resolve(own(request, demo));
    }) as TendBridge['invoke'],
    on: (channel, listener) => demo.on(channel, listener),
  };
}

/** A snapshot of the demo's settings with the shortcut reported as main would (e.g. taken). */
export function snapshotWith(
  demo: DemoBridge,
  shortcut: Partial<SettingsSnapshot['shortcut']>,
  notices: string[] = [],
): SettingsSnapshot {
  const settings = demo.settings();
  return {
    settings,
    shortcut: { accelerator: settings.shortcut, label: 'Ctrl+Alt+G', state: 'registered', ...shortcut },
    notices,
  };
}

/** Renders the settings or welcome window against a fresh demo bridge started from `query`. */
export async function renderWindow(
  which: 'settings' | 'welcome',
  { query = '', overrides = {} }: { query?: string; overrides?: Overrides } = {},
): Promise<{ demo: DemoBridge; user: ReturnType<typeof userEvent.setup> }> {
  const demo = createDemoBridge(demoOptionsFrom(`?seed=11&today=2025-03-10&${query}`));
  window.tend = bridgeWith(demo, overrides);
  const user = userEvent.setup();
  render(which === 'settings' ? <SettingsWindow /> : <WelcomeWindow />);
  await screen.findByRole('heading', {
    level: 2,
    name: which === 'settings' ? 'Timing' : 'Where Tend lives',
  });
  return { demo, user };
}

/** The channels asked for, in order. */
export function channels(demo: DemoBridge): string[] {
  return demo.log.map((e) => e.channel);
}

/** The requests sent on `channel`, in order. */
export function requests(demo: DemoBridge, channel: InvokeChannel): unknown[] {
  return demo.log.filter((e) => e.channel === channel).map((e) => e.request);
}

/** The live region's current text. */
export function announced(): string {
  return screen.getByTestId('announcer').textContent;
}

/** The text of the elements an element's aria-describedby names. */
export function description(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`).join(' | ');
}
