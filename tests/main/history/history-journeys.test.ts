/**
 * The gentle history through the real main code (issue #19), on the fake electron with fake time and a
 * real history.json in a temporary profile: one record per break the user takes, written as it ends,
 * read lazily, kept as a copy and replaced when damaged (with a notice, never a crash), nothing written
 * when history is off, and not one timer wake-up more for keeping it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { historySummarySchema } from '../../../electron/core/history/history-schema.ts';
import { loadHistory } from '../../../electron/core/history/history-file.ts';
import { parseHistoryCsv } from '../../../electron/core/history/history-import.ts';
import type { Settings } from '../../../electron/core/settings/settings-schema.ts';
import { launchTend, type LaunchedTend, type LaunchOptions } from '../../../harness/launch-tend.ts';
import { MIN, MONDAY_9AM, SEC, untilOffer } from '../../../harness/tend-journey.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const historyPath = (t: LaunchedTend): string => join(t.userDataDir, 'history.json');
const rows = (t: LaunchedTend) => loadHistory(readFileSync(historyPath(t), 'utf8'));
const copies = (t: LaunchedTend): string[] => readdirSync(t.userDataDir).filter((n) => n.startsWith('history.corrupt-'));

async function atWork(options: LaunchOptions = {}): Promise<LaunchedTend> {
  tend = await launchTend({ clock: MONDAY_9AM, ...options });
  return tend;
}

/** A timed offer answered with a one-minute breath, finished. */
async function timedBreath(t: LaunchedTend): Promise<void> {
  await untilOffer(t);
  const win = t.windowFor('break')!;
  await t.invoke(win, 'break:choose', { kind: 'breath' });
  await t.advance(62 * SEC);
  await t.invoke(win, 'break:done');
}

/** Grounding from the tray, closed by its page after `seconds`. */
async function grounding(t: LaunchedTend, seconds: number, ended?: 'finished' | 'closed-early'): Promise<void> {
  t.trayMenu().click('Take a break now', 'Grounding');
  await t.settle();
  await t.advance(seconds * SEC);
  await t.invoke(t.windowFor('grounding')!, 'window:close', ended ? { ended } : undefined);
}

/** The same morning of breaks: a timed breath, a tea closed early, grounding, the window closed by the system. */
async function morning(t: LaunchedTend): Promise<void> {
  await timedBreath(t);
  t.trayMenu().click('Take a break now', 'Tea');
  await t.settle();
  await t.advance(90 * SEC);
  await t.invoke(t.windowFor('break')!, 'break:done', { ended: 'closed-early' });
  await grounding(t, 120);
  await untilOffer(t);
  await t.invoke(t.windowFor('break')!, 'break:choose', { kind: 'kind' });
  await t.advance(40 * SEC);
  t.windowFor('break')!.close();
  await t.settle();
  await t.advance(30 * MIN);
}

async function openSettings(t: LaunchedTend) {
  t.trayMenu().click('Settings…');
  await t.settle();
  return t.windowFor('settings')!;
}

describe('the history file', () => {
  it('gets one record per break as it ends: kind, start, length and how it ended', async () => {
    const t = await atWork();
    expect(existsSync(historyPath(t))).toBe(false);
    await timedBreath(t);
    const first = rows(t);
    expect(first.outcome).toBe('loaded');
    expect(first.history.breaks).toEqual([{ kind: 'breath', startedAt: expect.any(Number) as number, endedAt: expect.any(Number) as number, ended: 'finished' }]);
    const [b] = first.history.breaks;
    expect((b!.endedAt - b!.startedAt) / 1000).toBe(62);
    await t.advance(10 * MIN);
    await grounding(t, 75, 'closed-early');
    await grounding(t, 200, 'finished');
    // Closed without a word from the page (Esc): closed early.
    await grounding(t, 30);
    expect(rows(t).history.breaks.map((r) => [r.kind, r.ended, (r.endedAt - r.startedAt) / 1000])).toEqual([
      ['breath', 'finished', 62],
      ['grounding', 'closed-early', 75],
      ['grounding', 'finished', 200],
      ['grounding', 'closed-early', 30],
    ]);
    expect(t.runtime!.history.writes().count).toBe(4);
  });

  it('names a break by the prompt it ended in, and counts a window the system closed as closed early', async () => {
    // Gentle mode is on: kind words open a small caring action instead.
    const t = await atWork({ settings: { gentleModeUntil: MONDAY_9AM + 12 * 60 * MIN } });
    t.trayMenu().click('Take a break now', 'Kind words');
    await t.settle();
    await t.advance(45 * SEC);
    await t.invoke(t.windowFor('break')!, 'break:done');
    t.trayMenu().click('Take a break now', 'Tea');
    await t.settle();
    await t.advance(3 * MIN);
    t.windowFor('break')!.close();
    await t.settle();
    expect(rows(t).history.breaks.map((r) => [r.kind, r.ended])).toEqual([
      ['care', 'finished'],
      ['tea', 'closed-early'],
    ]);
  });

  it('counts a short practice opened from Kind words as Kind words, through the real IPC route', async () => {
    const t = await atWork();
    await untilOffer(t);
    const win = t.windowFor('break')!;
    const kind = await t.invoke(win, 'break:choose', { kind: 'kind' });
    expect(kind).toMatchObject({ ok: true, value: { view: 'kind', practice: 'warmup.easy-someone' } });
    const practice = await t.invoke(win, 'break:practice', { practiceId: 'warmup.easy-someone' });
    expect(practice).toMatchObject({ ok: true, value: { view: 'practice', itemId: 'warmup.easy-someone' } });
    // The window keeps what it shows, so a reload comes back to the practice.
    expect(await t.invoke(win, 'break:current')).toMatchObject({ value: { view: 'practice' } });
    await t.advance(70 * SEC);
    await t.invoke(win, 'break:done');
    expect(rows(t).history.breaks.map((r) => [r.kind, r.ended])).toEqual([['kind', 'finished']]);
  });

  it('is read only when first needed, and a damaged one is kept as a copy and replaced, with one gentle notice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-test-'));
    const good = '[1772444760,62,"breath","finished"]';
    const damaged = `{\n  "version": 1,\n  "breaks": [\n    ${good},\n    [17724492`;
    writeFileSync(join(dir, 'history.json'), damaged);
    const t = await atWork({ userDataDir: dir });
    // Nothing touched at start: the history is read when a break ends.
    expect(copies(t)).toEqual([]);
    expect(t.runtime!.notices.told()).toEqual([]);
    await timedBreath(t);
    expect(copies(t)).toHaveLength(1);
    expect(readFileSync(join(dir, copies(t)[0]!), 'utf8')).toBe(damaged);
    const told = t.runtime!.notices.told();
    expect(told).toEqual([expect.stringContaining(`kept beside it as ${copies(t)[0]!}`)]);
    expect(told[0]).not.toMatch(/\b(?:fail|miss|streak|should)/i);
    // The whole row is kept and the new break added after it.
    expect(rows(t)).toMatchObject({ outcome: 'loaded', history: { breaks: [{ startedAt: 1772444760000, kind: 'breath' }, { kind: 'breath' }] } });
    await grounding(t, 60);
    expect(copies(t)).toHaveLength(1);
    expect(t.runtime!.notices.told()).toHaveLength(1);
  });

  it('leaves a history it cannot read untouched, and keeps the breaks in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-test-'));
    // A folder where the file should be: unreadable, never written over.
    mkdirSync(join(dir, 'history.json'));
    const t = await atWork({ userDataDir: dir });
    await timedBreath(t);
    expect(t.runtime!.notices.told()).toEqual([expect.stringContaining("can't open your pause history")]);
    expect(readdirSync(join(dir, 'history.json'))).toEqual([]);
    const settings = await openSettings(t);
    await expect(t.invoke(settings, 'history:summary')).resolves.toMatchObject({ ok: true, value: { total: 1, today: { breaks: 1 } } });
  });

  it('keeps the breaks when a write does not go through, says so once, and writes them with the next break', async () => {
    const t = await atWork();
    // A folder where the temporary file goes: the write cannot happen.
    const temp = join(t.userDataDir, `history.json.${String(process.pid)}.tmp`);
    mkdirSync(temp);
    await timedBreath(t);
    await grounding(t, 60);
    expect(existsSync(historyPath(t))).toBe(false);
    expect(t.runtime!.notices.told()).toEqual([expect.stringContaining("couldn't save your pause history just now")]);
    rmdirSync(temp);
    await grounding(t, 60);
    expect(rows(t).history.breaks.map((r) => r.kind)).toEqual(['breath', 'grounding', 'grounding']);
    expect(t.runtime!.notices.told()).toHaveLength(1);
  });

  it('writes nothing at all while history is off', async () => {
    const off: Partial<Settings> = { history: { keep: false, showSkips: true } };
    const t = await atWork({ settings: off });
    await morning(t);
    await untilOffer(t);
    await t.invoke(t.windowFor('break')!, 'break:not-now');
    expect(readdirSync(t.userDataDir).filter((n) => n.startsWith('history'))).toEqual([]);
    expect(t.runtime!.history.writes()).toEqual({ count: 0, bytes: 0 });
  });

  it('notes "Not now" and "Skip" only when the user asked for them', async () => {
    const t = await atWork();
    await untilOffer(t);
    await t.invoke(t.windowFor('break')!, 'break:not-now');
    await t.advance(10 * MIN);
    await grounding(t, 60);
    expect(rows(t).history.answers).toEqual([]);
    t.runtime!.settings.update({ history: { keep: true, showSkips: true } });
    await untilOffer(t);
    await t.invoke(t.windowFor('break')!, 'break:skip');
    expect(rows(t).history.answers).toEqual([{ at: expect.any(Number) as number, answer: 'skip' }]);
  });

  it('adds not one timer wake-up: the same morning wakes the timer as often with history on and off', async () => {
    const wakeups: number[] = [];
    const timersSet: number[] = [];
    for (const keep of [true, false]) {
      const t = await atWork({ settings: { history: { keep, showSkips: true } } });
      // Any setTimeout at all, not only the engine's one timer (a write put off to later would show here).
      const original = globalThis.setTimeout;
      let set = 0;
      globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
        set++;
        return original(...args);
      }) as typeof setTimeout;
      try {
        await morning(t);
      } finally {
        globalThis.setTimeout = original;
      }
      wakeups.push(t.runtime!.timer.wakeups());
      timersSet.push(set);
      expect(t.runtime!.history.writes().count).toBe(keep ? 4 : 0);
      t.cleanup();
    }
    expect(wakeups[0]).toBeGreaterThan(0);
    expect(wakeups[0]).toBe(wakeups[1]);
    expect(timersSet[0]).toBe(timersSet[1]);
  });
});

describe('the history channels', () => {
  it('give the settings window today and the last weeks, an export, and "Delete all"', async () => {
    const t = await atWork();
    await morning(t);
    const settings = await openSettings(t);
    const summary = await t.invoke(settings, 'history:summary');
    expect(summary.ok).toBe(true);
    const value = historySummarySchema.parse(summary.ok ? summary.value : null);
    expect(value).toMatchObject({ keep: true, showSkips: false, total: 4, since: '2026-03-02', today: { date: '2026-03-02', breaks: 4 } });
    expect(value.weeks).toHaveLength(8);
    expect(value.weeks.at(-1)?.byKind).toEqual({ breath: 1, tea: 1, kind: 1, care: 0, grounding: 1 });
    const year = await t.invoke(settings, 'history:summary', { weeks: 53 });
    expect(year.ok && historySummarySchema.parse(year.value).weeks).toHaveLength(53);

    const csv = await t.invoke(settings, 'history:export', { format: 'csv' });
    expect(csv).toMatchObject({ ok: true, value: { format: 'csv', filename: 'tend-pauses-2026-03-02.csv', mimeType: 'text/csv' } });
    const text = csv.ok ? (csv.value as { text: string }).text : '';
    expect(parseHistoryCsv(text).breaks).toEqual(rows(t).history.breaks);

    await expect(t.invoke(settings, 'history:clear')).resolves.toMatchObject({ ok: true, value: { total: 0, today: { breaks: 0 } } });
    expect(readdirSync(t.userDataDir).filter((n) => n.startsWith('history'))).toEqual([]);
    // History is still on: the next break starts a new file.
    await grounding(t, 60);
    expect(rows(t).history.breaks).toHaveLength(1);
  });

  it('answer only the settings window, and check what they are sent', async () => {
    const t = await atWork();
    t.trayMenu().click('Take a break now', 'Breathe');
    await t.settle();
    const breakWin = t.windowFor('break')!;
    for (const channel of ['history:summary', 'history:clear', 'history:export'] as const) {
      await expect(t.invokeRaw(breakWin, channel, channel === 'history:export' ? { format: 'csv' } : undefined)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const settings = await openSettings(t);
    await expect(t.invokeRaw(settings, 'history:export', { format: 'xlsx' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await expect(t.invokeRaw(settings, 'history:summary', { weeks: 1000 })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await expect(t.invokeRaw(breakWin, 'break:done', { ended: 'sideways' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
