import { describe, expect, it } from 'vitest';
import { migrateSettings, migrateV0toV1, type Migration } from '../../../electron/core/settings/settings-migrations.ts';

describe('settings migrations', () => {
  it('turns the prototype’s version-0 file into version 1', () => {
    const v0 = { interval: 30, snooze: 10, breakTypes: ['tea'], hotkey: 'Ctrl+Shift+T', launchAtLogin: true, darkMode: 'on', muted: true, windowX: 4 };
    expect(migrateV0toV1(v0)).toEqual({
      intervalMin: 30,
      snoozeMin: 10,
      offeredKinds: ['tea'],
      shortcut: 'Ctrl+Shift+T',
      startAtLogin: true,
      theme: 'dark',
      sounds: false,
      firstRunDone: true,
      schemaVersion: 1,
    });
  });

  it.each([
    ['auto', 'system'],
    ['off', 'light'],
    ['purple', undefined],
  ])('maps darkMode %s to theme %s', (darkMode, theme) => {
    expect(migrateV0toV1({ darkMode })['theme']).toBe(theme);
  });

  it('leaves the old object untouched', () => {
    const v0 = Object.freeze({ interval: 30 });
    expect(() => migrateV0toV1(v0)).not.toThrow();
    expect(v0).toEqual({ interval: 30 });
  });

  it('runs every step from the file’s version in order', () => {
    const steps: Migration[] = [(v) => ({ ...v, a: 1, schemaVersion: 1 }), (v) => ({ ...v, b: v['a'], schemaVersion: 2 })];
    expect(migrateSettings({ interval: 5 }, steps, 2)).toEqual({ kind: 'migrated', from: 0, value: { interval: 5, a: 1, b: 1, schemaVersion: 2 } });
    expect(migrateSettings({ schemaVersion: 1, a: 5 }, steps, 2)).toEqual({ kind: 'migrated', from: 1, value: { a: 5, b: 5, schemaVersion: 2 } });
  });

  it('leaves current and newer files alone', () => {
    expect(migrateSettings({ schemaVersion: 1 })).toEqual({ kind: 'current', value: { schemaVersion: 1 } });
    expect(migrateSettings({ schemaVersion: 7 })).toEqual({ kind: 'newer', from: 7, value: { schemaVersion: 7 } });
  });

  // Issue #13, item 1: these used to be read as the prototype's file, dropping every current field.
  it.each([['one'], ['1'], [-1], [1.5], [null], [0]])('leaves a file whose schemaVersion is %j to the salvage, unmigrated', (schemaVersion) => {
    expect(migrateSettings({ schemaVersion, intervalMin: 30 })).toEqual({ kind: 'unversioned', value: { schemaVersion, intervalMin: 30 } });
  });

  it('migrates from version 0 only a file of the prototype’s shape', () => {
    expect(migrateSettings({ interval: 30 })).toMatchObject({ kind: 'migrated', from: 0 });
    expect(migrateSettings({ schemaVersion: 0, interval: 30 })).toMatchObject({ kind: 'migrated', from: 0 });
    expect(migrateSettings({ interval: 30, customPhrases: [] })).toMatchObject({ kind: 'unversioned' });
    expect(migrateSettings({})).toMatchObject({ kind: 'unversioned' });
  });
});
