/**
 * Issue #13, item 1: a file whose schemaVersion is missing or mistyped is not the prototype's file. Only
 * the prototype's shape is migrated from version 0; anything else is salvaged field by field and, being
 * damaged, kept as a copy with a notice.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import { keepsCopy, loadSettings } from '../../../electron/core/settings/settings-load.ts';
import { ownSettings } from '../../support/own-settings.ts';

const mine = ownSettings();

function withVersion(version: unknown): string {
  const raw: Record<string, unknown> = { ...mine };
  if (version === 'removed') delete raw['schemaVersion'];
  else raw['schemaVersion'] = version;
  return JSON.stringify(raw);
}

describe('a settings file with a missing or mistyped schemaVersion (issue #13, item 1)', () => {
  it.each<[string, unknown]>([
    ['"1"', '1'],
    ['null', null],
    ['1.5', 1.5],
    ['-1', -1],
    ['removed', 'removed'],
  ])('schemaVersion %s keeps the user’s phrases and favourites and is kept as a copy', (_label, version) => {
    const loaded = loadSettings(withVersion(version));
    expect(loaded.settings).toEqual({ ...mine, schemaVersion: 1 });
    expect(loaded.outcome).toEqual({ kind: 'repaired', resetFields: ['schemaVersion'], droppedKeys: [] });
    expect(keepsCopy(loaded.outcome)).toBe(true);
  });

  it('still migrates the prototype’s own file (no schemaVersion, only its keys) quietly', () => {
    const loaded = loadSettings(JSON.stringify({ interval: 25, hotkey: 'Ctrl+Shift+T', muted: false, windowX: 3 }));
    expect(loaded.outcome).toEqual({ kind: 'migrated', from: 0 });
    expect(loaded.settings).toMatchObject({ intervalMin: 25, shortcut: 'Ctrl+Shift+T', sounds: true, firstRunDone: true });
  });

  it('does not call a file with current fields the prototype’s just because its version is gone', () => {
    const loaded = loadSettings(JSON.stringify({ interval: 25, intervalMin: 70 }));
    expect(loaded.settings.intervalMin).toBe(70);
    expect(keepsCopy(loaded.outcome)).toBe(true);
  });

  it('treats an empty object as a file to fill in, not as a prototype’s (no welcome skipped)', () => {
    const loaded = loadSettings('{}');
    expect(loaded.settings).toEqual(defaultSettings());
  });
});
