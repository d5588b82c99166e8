import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { IpcResult, TendBridge } from '../../../electron/core/ipc-channels.ts';
import type { BusyStatus } from '../../../electron/core/ipc-contract.ts';
import { createDemoBridge } from '../../../renderer/preview/demo-bridge.ts';
import { demoOptionsFrom } from '../../../renderer/preview/demo-options.ts';
import { heldWhen } from '../../../renderer/src/settings/held-time-text.ts';
import { SettingsWindow } from '../../../renderer/src/settings/settings-window.tsx';
import { announced, description, renderWindow, requests } from './settings-support.tsx';

const dnd = 'Do Not Disturb or Focus';
const fullScreen = 'A full-screen app or presentation';
const call = 'A call (camera or microphone in use)';
const canTell = 'Tend can notice this on this computer.';
const cannotTell = "This computer doesn't let Tend notice this, so breaks never wait for it.";
const unchecked = "Tend couldn't check this computer just now. Your choices here still apply.";

const box = (name: string): HTMLElement => screen.getByRole('checkbox', { name });
const section = (): HTMLElement => screen.getByRole('region', { name: 'Quiet moments' });
const whyText = (): string | null =>
  within(section()).getByRole('heading', { level: 3, name: 'Why no break?' }).nextElementSibling
    ?.textContent ?? null;

/** The settings window with every 'busy:status' answer held until the test gives it. */
async function renderWithHeldAnswers(): Promise<{
  answer: (turn: number, result: IpcResult<BusyStatus> | Error) => Promise<void>;
  asked: () => number;
  user: ReturnType<typeof userEvent.setup>;
}> {
  const demo = createDemoBridge(demoOptionsFrom('?seed=11&today=2025-03-10'));
  const held: ((result: IpcResult<BusyStatus> | Error) => void)[] = [];
  window.tend = {
    invoke: ((channel: string, request?: unknown) => {
      if (channel !== 'busy:status')
        return demo.invoke(channel as 'settings:update', request as Record<string, unknown>);
      return new Promise<IpcResult<BusyStatus>>((resolve, reject) =>
        held.push((result) => (result instanceof Error ? reject(result) : resolve(result))),
      );
    }) as TendBridge['invoke'],
    on: (channel, listener) => demo.on(channel, listener),
  };
  const user = userEvent.setup();
  render(<SettingsWindow />);
  await screen.findByRole('heading', { level: 2, name: 'Quiet moments' });
  return {
    // Waits until the window has asked (an effect may run after the heading shows), then lets the
    // answer settle through every pending promise before the test looks.
    answer: async (turn, result) => {
      await waitFor(() => expect(held.length).toBeGreaterThan(turn), { timeout: 10_000 });
      await act(async () => {
        held[turn]?.(result);
        await new Promise((settled) => setTimeout(settled, 0));
      });
    },
    asked: () => held.length,
    user,
  };
}

const allOn: BusyStatus = {
  signals: [
    { signal: 'doNotDisturb', state: 'on' },
    { signal: 'fullScreen', state: 'on' },
    { signal: 'call', state: 'on' },
  ],
  lastHeld: null,
};

describe('the quiet moments settings', () => {
  it('has all three signals on at first, each saying Tend can notice it here', async () => {
    const { demo } = await renderWindow('settings');
    await screen.findAllByText(canTell);
    for (const name of [dnd, fullScreen, call]) {
      expect(box(name)).toBeChecked();
      expect(description(box(name))).toBe(canTell);
    }
    expect(whyText()).toBe('No break has needed to wait so far.');
    expect(requests(demo, 'busy:status')).toHaveLength(1);
  });

  it('says kindly and plainly where this computer cannot tell', async () => {
    await renderWindow('settings', { query: 'busy=unknown:call' });
    await screen.findAllByText(canTell);
    expect(description(box(call))).toBe(cannotTell);
    expect(description(box(dnd))).toBe(canTell);
  });

  it('saves a signal turned off at once, drops its line and asks again', async () => {
    const { demo, user } = await renderWindow('settings');
    await screen.findAllByText(canTell);
    await user.click(box(fullScreen));
    expect(demo.settings().dontInterrupt).toEqual({ doNotDisturb: true, fullScreen: false, call: true });
    expect(box(fullScreen)).not.toBeChecked();
    expect(box(fullScreen)).not.toHaveAttribute('aria-describedby');
    expect(requests(demo, 'busy:status')).toHaveLength(2);
  });

  it('says what Tend found once a signal is turned back on', async () => {
    const { user } = await renderWindow('settings', { query: 'busy=unknown:call' });
    await screen.findAllByText(canTell);
    await user.click(box(call));
    await user.click(box(call));
    expect(await screen.findByText(cannotTell)).toBeInTheDocument();
    await waitFor(() => expect(announced()).toBe(`${call}: ${cannotTell}`));
  });

  it('shows a quiet "Checking…" until main answers, then the answer', async () => {
    const { answer } = await renderWithHeldAnswers();
    expect(description(box(dnd))).toBe('Checking…');
    expect(whyText()).toBe('Checking…');
    await answer(0, { ok: true, value: allOn });
    expect(description(box(dnd))).toBe(canTell);
  });

  it.each([
    ['main could not answer', { ok: false, error: { code: 'failed', message: 'x' } } as const],
    ['the call itself went wrong', new Error('gone')],
  ])('stays calm when %s', async (_case, result) => {
    const { answer } = await renderWithHeldAnswers();
    await answer(0, result);
    expect(whyText()).toBe(unchecked);
    expect(box(dnd)).not.toHaveAttribute('aria-describedby');
    expect(box(dnd)).toBeChecked();
  });

  it('keeps the newest answer when an older one arrives late', async () => {
    const { answer, asked, user } = await renderWithHeldAnswers();
    await user.click(box(call));
    await waitFor(() => expect(asked()).toBe(2), { timeout: 10_000 });
    await answer(1, {
      ok: true,
      value: { ...allOn, signals: [{ signal: 'doNotDisturb', state: 'unknown' }] },
    });
    await answer(0, { ok: true, value: allOn });
    expect(description(box(dnd))).toBe(cannotTell);
  });

  it('gives the time of the last hold and which signal it was', async () => {
    const at = Date.now();
    await renderWindow('settings', {
      overrides: {
        'busy:status': () => ({ ok: true, value: { ...allOn, lastHeld: { at, signal: 'call' } } }),
      },
    });
    const { time } = heldWhen(at, at);
    expect(
      await screen.findByText(`The last break waited for a quieter moment at ${time}, during a call.`),
    ).toBeInTheDocument();
  });

  it('names the day of a hold before today', async () => {
    await renderWindow('settings', { query: 'busy=held:doNotDisturb' });
    await screen.findAllByText(canTell);
    expect(whyText()).toMatch(
      /^The last break waited for a quieter moment on .+ at .+, while Do Not Disturb was on\.$/,
    );
  });

  it('shows beside the box when the change was not saved, and leaves the box as it was', async () => {
    const { user } = await renderWindow('settings', {
      overrides: { 'settings:update': () => ({ ok: false, error: { code: 'failed', message: 'x' } }) },
    });
    await user.click(box(dnd));
    const message = "Tend couldn't save that just now. The earlier setting is still in place.";
    expect(await screen.findByText(message, { selector: '.field-error' })).toBeInTheDocument();
    expect(box(dnd)).toBeChecked();
    expect(description(box(dnd))).toContain(message);
  });
});
