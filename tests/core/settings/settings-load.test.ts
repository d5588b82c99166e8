import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import { keepsCopy, loadSettings, needsRewrite } from '../../../electron/core/settings/settings-load.ts';
import { settingsSchema } from '../../../electron/core/settings/settings-schema.ts';
import { hostileValue, validSettings } from '../../support/settings-arbitrary.ts';

const text = (value: unknown): string => JSON.stringify(value);

describe('loading config.json', () => {
  it('starts a first run from the defaults', () => {
    expect(loadSettings(null)).toEqual({ settings: defaultSettings(), outcome: { kind: 'fresh' } });
  });

  it('reads a valid current file as it is, with nothing to rewrite', () => {
    const saved = { ...defaultSettings(), intervalMin: 60, firstRunDone: true };
    const loaded = loadSettings(text(saved));
    expect(loaded).toEqual({ settings: saved, outcome: { kind: 'loaded' } });
    expect(needsRewrite(loaded.outcome)).toBe(false);
  });

  it.each([[''], ['{'], ['null'], ['[1,2]'], ['"text"'], ['42'], ['\u0000\u0001garbage']])('treats %j as corrupt and starts from defaults', (raw) => {
    const loaded = loadSettings(raw);
    expect(loaded).toEqual({ settings: defaultSettings(), outcome: { kind: 'corrupt' } });
    expect(keepsCopy(loaded.outcome)).toBe(true);
  });

  it('keeps the valid fields of a damaged file and names the ones it reset', () => {
    const saved = { ...defaultSettings(), intervalMin: 90, snoozeMin: 'ten', theme: 'dark', sounds: 3, mystery: true };
    const loaded = loadSettings(text(saved));
    expect(loaded.settings).toEqual({ ...defaultSettings(), intervalMin: 90, theme: 'dark' });
    expect(loaded.outcome).toEqual({ kind: 'repaired', resetFields: ['snoozeMin', 'sounds'], droppedKeys: ['mystery'] });
    expect(keepsCopy(loaded.outcome)).toBe(true);
  });

  it('migrates a version-0 file quietly and keeps what it can', () => {
    const loaded = loadSettings(text({ interval: 50, breakTypes: ['breath', 'kind'], darkMode: 'auto' }));
    expect(loaded.settings).toEqual({ ...defaultSettings(), intervalMin: 50, offeredKinds: ['breath', 'kind'], firstRunDone: true });
    expect(loaded.outcome).toEqual({ kind: 'migrated', from: 0 });
    expect(keepsCopy(loaded.outcome)).toBe(false);
    expect(needsRewrite(loaded.outcome)).toBe(true);
  });

  it('fills in fields missing from a current file without calling it damaged', () => {
    const partial: Record<string, unknown> = { ...defaultSettings(), intervalMin: 30 };
    delete partial['sounds'];
    expect(loadSettings(text(partial))).toEqual({ settings: { ...defaultSettings(), intervalMin: 30 }, outcome: { kind: 'migrated', from: 1 } });
  });

  it('keeps what it understands of a file from a newer Tend', () => {
    const loaded = loadSettings(text({ ...defaultSettings(), schemaVersion: 4, intervalMin: 20, moodTracking: true }));
    expect(loaded.settings).toEqual({ ...defaultSettings(), intervalMin: 20 });
    expect(loaded.outcome).toEqual({ kind: 'newer', from: 4, resetFields: [], droppedKeys: ['moodTracking'] });
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(loadSettings(`\uFEFF${text(defaultSettings())}`).outcome).toEqual({ kind: 'loaded' });
  });

  it('round-trips every valid settings object', () => {
    fc.assert(
      fc.property(validSettings, (s) => {
        expect(loadSettings(text(s))).toEqual({ settings: s, outcome: { kind: 'loaded' } });
      }),
    );
  });

  it('always ends with valid settings and never pollutes prototypes, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.dictionary(fc.constantFrom('intervalMin', 'workingHours', 'customPhrases', '__proto__', 'shortcut'), hostileValue)), (value) => {
        const raw = typeof value === 'string' ? value : (JSON.stringify(value) as string | undefined) ?? 'undefined';
        const loaded = loadSettings(raw);
        expect(settingsSchema.safeParse(loaded.settings).success).toBe(true);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
