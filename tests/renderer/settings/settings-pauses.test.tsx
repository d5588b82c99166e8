/**
 * "Your pauses" (issue #19): the week in one kind sentence, charts whose tables hold the same numbers,
 * the user's switches saved at once, "Not now"/"Skip" only on request, "Delete all" behind a confirm
 * step, and a copy saved through history:export.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalTime } from '../../../electron/core/engine/index.ts';
import { summariseHistory } from '../../../electron/core/history/index.ts';
import {
  historyKinds,
  type BreakRecord,
  type HistoryKind,
} from '../../../electron/core/history/history-types.ts';
import type { HistorySummary } from '../../../electron/core/ipc-contract.ts';
import { announced, description, renderWindow, requests } from './settings-support.tsx';

const wait = { timeout: 10_000 };
const section = (): HTMLElement => screen.getByRole('region', { name: 'Your pauses' });
const keepBox = (): HTMLElement => screen.getByRole('checkbox', { name: 'Keep a history of my pauses' });
const skipsBox = (): HTMLElement => screen.getByRole('checkbox', { name: 'Note “Not now” and “Skip” too' });
const weekLine = /^You took \d+ small pauses? this week\.$/;

/** A summary of a made-up week (Thursday 13 March 2025, UTC): `kinds` one break a day in turn, Monday on. */
function weekOf(perDay: readonly (readonly [HistoryKind, number])[][]): HistorySummary {
  const breaks: BreakRecord[] = [];
  perDay.forEach((day, d) => {
    let at = Date.UTC(2025, 2, 10 + d, 9);
    for (const [kind, seconds] of day) {
      breaks.push({ kind, startedAt: at, endedAt: at + seconds * 1000, ended: 'finished' });
      at += 3_600_000;
    }
  });
  return summariseHistory(
    { breaks, answers: [] },
    { now: Date.UTC(2025, 2, 13, 17), localTime: createLocalTime('UTC'), keep: true, showSkips: false },
  );
}

/** The numbers in a chart's table, by row key and column ("breath" … "all"). */
function tableNumbers(chart: HTMLElement): Record<string, Record<string, number>> {
  const rows = within(chart).getAllByRole('row').slice(1);
  return Object.fromEntries(
    rows.map((row) => [
      row.dataset['key'] ?? '',
      Object.fromEntries(
        [...row.querySelectorAll<HTMLElement>('td[data-kind]')].map((td) => [
          td.dataset['kind'],
          Number(td.textContent),
        ]),
      ),
    ]),
  );
}

/** The numbers the drawing shows, read off its bars, and how tall one pause is drawn (the same in every bar). */
function drawnNumbers(chart: HTMLElement): {
  numbers: Record<string, Record<string, number>>;
  heights: number[];
} {
  const heights: number[] = [];
  const numbers: Record<string, Record<string, number>> = {};
  for (const bar of chart.querySelectorAll<SVGGElement>('svg g[data-key]')) {
    const row: Record<string, number> = Object.fromEntries(historyKinds.map((k) => [k, 0]));
    for (const rect of bar.querySelectorAll('rect')) {
      const count = Number(rect.dataset['count']);
      row[rect.dataset['kind'] ?? ''] = count;
      heights.push(Number(rect.getAttribute('height')) / count);
    }
    row['all'] = Number(bar.querySelector('.pauses-count')?.textContent ?? 0);
    numbers[bar.dataset['key'] ?? ''] = row;
  }
  return { numbers, heights };
}

// jsdom has no Blob URLs; the export tests lend URL their own pair and this gives back what was there.
const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  vi.restoreAllMocks();
  Object.assign(URL, { createObjectURL, revokeObjectURL });
});

describe('your pauses', () => {
  it('says the week in one kind sentence, with today’s minutes of care', async () => {
    const summary = weekOf([
      [
        ['breath', 60],
        ['tea', 300],
      ],
      [['kind', 45]],
      [
        ['breath', 70],
        ['grounding', 90],
      ],
      [
        ['tea', 240],
        ['breath', 65],
        ['care', 50],
        ['kind', 40],
      ],
    ]);
    await renderWindow('settings', {
      overrides: { 'history:summary': () => ({ ok: true, value: summary }) },
    });
    expect(
      await within(section()).findByText('You took 9 small pauses this week.', {}, wait),
    ).toBeInTheDocument();
    // Thursday: 240 + 65 + 50 + 40 seconds, about 7 minutes.
    expect(within(section()).getByText('Today: 4 pauses, 7 minutes of care.')).toBeInTheDocument();
    expect(within(section()).queryByText(/Offers left for later/)).not.toBeInTheDocument();
  });

  it('with nothing noted yet, says so gently and offers no chart, copy or deleting', async () => {
    await renderWindow('settings', { query: 'history=empty' });
    const line = await within(section()).findByText(
      'No pauses noted this week yet. Whenever suits you.',
      {},
      wait,
    );
    expect(line).toBeInTheDocument();
    expect(within(section()).queryByRole('heading', { name: 'This week, by day' })).not.toBeInTheDocument();
    expect(within(section()).queryByRole('button', { name: 'Save as CSV' })).not.toBeInTheDocument();
    expect(within(section()).queryByRole('button', { name: 'Delete all…' })).not.toBeInTheDocument();
    expect(section().textContent).not.toMatch(/streak|goal|badge|miss|skipped|fail|should/i);
  });

  it.each(['week', 'year'])(
    'draws the same numbers its table gives, day by day and kind by kind (%s)',
    async (span) => {
      const { demo, user } = await renderWindow('settings', { query: `history=${span}` });
      await within(section()).findByText(weekLine, {}, wait);
      const summary = (await demo.invoke('history:summary', { weeks: 8 })) as {
        ok: true;
        value: HistorySummary;
      };
      const week = summary.value.weeks.at(-1)!;
      for (const [name, expected] of [
        [
          'This week, by day',
          Object.fromEntries(week.days.map((d) => [d.date, { ...d.byKind, all: d.breaks }])),
        ],
        [
          'The last 8 weeks',
          Object.fromEntries(summary.value.weeks.map((w) => [w.start, { ...w.byKind, all: w.breaks }])),
        ],
      ] as const) {
        const chart = within(section()).getByRole('heading', { level: 3, name }).parentElement!;
        await user.click(within(chart).getByText(/^Show .* as a table$/));
        const table = tableNumbers(chart);
        const { numbers, heights } = drawnNumbers(chart);
        expect(table).toEqual(expected);
        expect(numbers).toEqual(table);
        expect(heights.length).toBeGreaterThan(0);
        for (const h of heights) expect(h).toBeCloseTo(heights[0]!, 6);
        expect(chart.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
      }
    },
  );

  it('turning the history off is saved at once and hides nothing already kept', async () => {
    const { demo, user } = await renderWindow('settings', { query: 'history=week' });
    const line = (await within(section()).findByText(weekLine, {}, wait)).textContent;
    expect(description(keepBox())).toBe('Kept on this computer only, for up to a year.');
    await user.click(keepBox());
    expect(demo.settings().history).toEqual({ keep: false, showSkips: false });
    expect(keepBox()).not.toBeChecked();
    expect(description(keepBox())).toBe(
      'Nothing new is noted while this is off. What is already kept stays until you delete it.',
    );
    await waitFor(() => expect(requests(demo, 'history:summary')).toHaveLength(2), wait);
    expect(within(section()).getByText(line)).toBeInTheDocument();
    expect(within(section()).getByRole('heading', { name: 'This week, by day' })).toBeInTheDocument();
  });

  it('shows “Not now” and “Skip” counts only while the user asks for them', async () => {
    const { demo, user } = await renderWindow('settings', { query: 'history=week' });
    await within(section()).findByText(weekLine, {}, wait);
    expect(skipsBox()).not.toBeChecked();
    expect(within(section()).queryByText(/Offers left for later/)).not.toBeInTheDocument();
    await user.click(skipsBox());
    expect(demo.settings().history).toEqual({ keep: true, showSkips: true });
    const counts = await within(section()).findByText(/^Offers left for later this week: /, {}, wait);
    const summary = (await demo.invoke('history:summary')) as { ok: true; value: HistorySummary };
    const days = summary.value.weeks.at(-1)!.days;
    const sum = (a: 'not-now' | 'skip'): number => days.reduce((n, d) => n + (d.answers?.[a] ?? 0), 0);
    expect(counts).toHaveTextContent(
      `Offers left for later this week: ${sum('not-now')} with “Not now”, ${sum('skip')} with “Skip”.`,
    );
    await user.click(skipsBox());
    await waitFor(
      () => expect(within(section()).queryByText(/Offers left for later/)).not.toBeInTheDocument(),
      wait,
    );
  });

  it('“Delete all” asks first; keeping changes nothing, deleting clears and shows the empty week', async () => {
    const { demo, user } = await renderWindow('settings', { query: 'history=week' });
    await within(section()).findByText(weekLine, {}, wait);
    await user.click(within(section()).getByRole('button', { name: 'Delete all…' }));
    expect(screen.getByRole('group', { name: /^Delete every pause Tend has noted\?/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep my pauses' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep my pauses' }));
    expect(requests(demo, 'history:clear')).toEqual([]);
    expect(within(section()).getByRole('button', { name: 'Delete all…' })).toHaveFocus();

    await user.click(within(section()).getByRole('button', { name: 'Delete all…' }));
    await user.click(screen.getByRole('button', { name: 'Delete all' }));
    expect(requests(demo, 'history:clear')).toHaveLength(1);
    const empty = await within(section()).findByText(
      'No pauses noted this week yet. Whenever suits you.',
      {},
      wait,
    );
    expect(empty).toBeInTheDocument();
    expect(within(section()).queryByRole('heading', { name: 'This week, by day' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Your pauses' })).toHaveFocus();
    expect(announced()).toBe('Your pause history is deleted.');
    expect(demo.settings().history).toEqual({ keep: true, showSkips: false });
  });

  it.each(['csv', 'json'] as const)(
    'saves a copy as %s: asks history:export for it and offers the file',
    async (format) => {
      const blobs: Blob[] = [];
      const saved: { name: string; href: string }[] = [];
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => (blobs.push(blob), `blob:tend/${blobs.length}`),
        revokeObjectURL: () => undefined,
      });
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        saved.push({ name: this.download, href: this.href });
      });
      const { demo, user } = await renderWindow('settings', { query: 'history=week' });
      await within(section()).findByText(weekLine, {}, wait);
      await user.click(within(section()).getByRole('button', { name: `Save as ${format.toUpperCase()}` }));
      await waitFor(() => expect(saved).toHaveLength(1), wait);
      expect(requests(demo, 'history:export')).toEqual([{ format }]);
      expect(saved[0]).toEqual({ name: `tend-pauses-2025-03-10.${format}`, href: 'blob:tend/1' });
      const text = await blobs[0]!.text();
      expect(text).toMatch(
        format === 'csv' ? /^started_at,ended_at,kind,seconds,how_it_ended\r?\n/ : /^\{\n {2}"app": "Tend"/,
      );
      expect(announced()).toBe(`Your copy is ready: tend-pauses-2025-03-10.${format}`);
    },
  );

  it('stays calm when the pauses cannot be read or a copy cannot be made', async () => {
    const problem = { ok: false, error: { code: 'failed', message: 'x' } } as const;
    const { user } = await renderWindow('settings', {
      query: 'history=week',
      overrides: { 'history:export': () => problem },
    });
    await within(section()).findByText(weekLine, {}, wait);
    await user.click(within(section()).getByRole('button', { name: 'Save as JSON' }));
    expect(
      await within(section()).findByText(
        "Tend couldn't prepare a copy just now. Your pauses are as they were.",
        {},
        wait,
      ),
    ).toBeInTheDocument();
  });

  it('says so when the summary cannot be had, and the switches still work', async () => {
    const { demo, user } = await renderWindow('settings', {
      overrides: { 'history:summary': () => ({ ok: false, error: { code: 'failed', message: 'x' } }) },
    });
    expect(
      await within(section()).findByText(
        "Tend couldn't read your pauses just now. Your choices here still apply.",
        {},
        wait,
      ),
    ).toBeInTheDocument();
    await user.click(skipsBox());
    expect(demo.settings().history.showSkips).toBe(true);
  });
});
