/**
 * The preview answers the history channels (issue #19) with a made-up history built by the core's own
 * append and summarised by the core's own summary, so "Your pauses" can be opened empty, after a week
 * and after a full year, deterministically.
 */
import { describe, expect, it } from 'vitest';
import { historyExportSchema, historySummarySchema } from '../../../electron/core/history/history-schema.ts';
import { parseHistoryJson } from '../../../electron/core/history/history-import.ts';
import { createDemoBridge } from '../../../renderer/preview/demo-bridge.ts';
import { demoOptionsFrom } from '../../../renderer/preview/demo-options.ts';

const bridgeFor = (query: string) => createDemoBridge(demoOptionsFrom(`${query}&today=2026-03-04`));

async function summary(query: string, weeks?: number) {
  const result = await bridgeFor(query).invoke('history:summary', weeks === undefined ? undefined : { weeks });
  if (!result.ok) throw new Error(result.error.message);
  return historySummarySchema.parse(result.value);
}

describe('the preview’s history', () => {
  it('is empty, a week or a year as the query asks, with a few weeks by default', async () => {
    expect((await summary('?history=empty')).total).toBe(0);
    const week = await summary('?history=week');
    expect(week.total).toBeGreaterThan(10);
    expect(week.since).toBe('2026-02-26');
    expect((await summary('?history=weeks')).since).toBe('2026-02-05');
    const year = await summary('?history=year', 53);
    expect(year.weeks).toHaveLength(53);
    expect(year.total).toBeGreaterThan(1000);
    expect(year.today.date).toBe('2026-03-04');
    // Skips stay out of sight unless the settings say otherwise.
    expect(year.showSkips).toBe(false);
    expect(year.weeks[0]?.days[0]).not.toHaveProperty('answers');
  });

  it('exports and deletes through the same core code as main', async () => {
    const bridge = bridgeFor('?history=week');
    const json = await bridge.invoke('history:export', { format: 'json' });
    expect(json.ok).toBe(true);
    const exported = historyExportSchema.parse(json.ok ? json.value : null);
    expect(exported.filename).toBe('tend-pauses-2026-03-04.json');
    expect(parseHistoryJson(exported.text).breaks.length).toBeGreaterThan(10);
    await expect(bridge.invoke('history:clear')).resolves.toMatchObject({ ok: true, value: { total: 0 } });
    await expect(bridge.invoke('history:export', { format: 'csv' })).resolves.toMatchObject({ ok: true, value: { text: 'started_at,ended_at,kind,seconds,how_it_ended\r\n' } });
  });
});
