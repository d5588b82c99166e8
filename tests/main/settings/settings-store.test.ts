import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import type { Settings } from '../../../electron/core/settings/settings-schema.ts';
import { silentLogger } from '../../../electron/main/app/logger.ts';
import { openSettingsStore, type SettingsNotice, type SettingsStoreOptions } from '../../../electron/main/settings/settings-store.ts';
import { validSettings } from '../../support/settings-arbitrary.ts';
import { resetFakeState } from '../../fake-electron/index.ts';

let dir: string;
let notices: SettingsNotice[];
const NOW = Date.UTC(2026, 10, 22, 9, 30, 0);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tend-settings-'));
  resetFakeState(dir);
  notices = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = (over: Partial<SettingsStoreOptions> = {}) =>
  openSettingsStore({ dir, now: () => NOW, logger: silentLogger, notify: (n) => notices.push(n), ...over });
const configPath = (): string => join(dir, 'config.json');
const onDisk = (): unknown => JSON.parse(readFileSync(configPath(), 'utf8'));
const copies = (): string[] => readdirSync(dir).filter((f) => f.startsWith('config.corrupt-'));
const save = (value: unknown): void => writeFileSync(configPath(), typeof value === 'string' ? value : JSON.stringify(value));

describe('the settings store', () => {
  it('starts a first run from the defaults and writes them once', () => {
    const store = open();
    expect(store.get()).toEqual(defaultSettings());
    expect(store.outcome).toEqual({ kind: 'fresh' });
    expect(onDisk()).toEqual(defaultSettings());
    expect(notices).toEqual([]);
  });

  it('reads a valid file and leaves it byte for byte as it was', () => {
    const text = JSON.stringify({ ...defaultSettings(), intervalMin: 70 }, null, 1);
    save(text);
    const store = open();
    expect(store.get().intervalMin).toBe(70);
    expect(readFileSync(configPath(), 'utf8')).toBe(text);
  });

  it('writes a change, and only a change', () => {
    const store = open();
    const changes: [number, number][] = [];
    store.onChange((next, prev) => changes.push([prev.intervalMin, next.intervalMin]));
    store.set({ ...store.get(), intervalMin: 30 });
    expect(onDisk()).toMatchObject({ intervalMin: 30 });
    save('"sentinel"');
    store.set({ ...store.get() });
    expect(readFileSync(configPath(), 'utf8')).toBe('"sentinel"');
    expect(changes).toEqual([[45, 30]]);
  });

  it('keeps a copy of a corrupt file, starts from defaults and says so once', () => {
    save('{"intervalMin": 30,,, oops');
    const store = open();
    expect(store.get()).toEqual(defaultSettings());
    expect(copies()).toEqual(['config.corrupt-2026-11-22T09-30-00-000Z.json']);
    expect(readFileSync(join(dir, copies()[0]!), 'utf8')).toBe('{"intervalMin": 30,,, oops');
    expect(onDisk()).toEqual(defaultSettings());
    expect(notices).toEqual([{ kind: 'settings-corrupt', message: expect.stringContaining('config.corrupt-2026-11-22T09-30-00-000Z.json') as unknown }]);
  });

  it('keeps the good parts of a file with some bad fields', () => {
    save({ ...defaultSettings(), intervalMin: 60, theme: 'dark', snoozeMin: -4, offeredKinds: [] });
    const store = open();
    expect(store.get()).toEqual({ ...defaultSettings(), intervalMin: 60, theme: 'dark' });
    expect(onDisk()).toEqual(store.get());
    expect(copies()).toHaveLength(1);
    expect(notices).toEqual([{ kind: 'settings-repaired', message: expect.stringContaining('snoozeMin, offeredKinds') as unknown }]);
  });

  it('never overwrites an earlier copy', () => {
    writeFileSync(join(dir, 'config.corrupt-2026-11-22T09-30-00-000Z.json'), 'older');
    save('not json');
    open();
    expect(copies().sort()).toEqual(['config.corrupt-2026-11-22T09-30-00-000Z-2.json', 'config.corrupt-2026-11-22T09-30-00-000Z.json']);
    expect(readFileSync(join(dir, 'config.corrupt-2026-11-22T09-30-00-000Z.json'), 'utf8')).toBe('older');
  });

  it('migrates a version-0 file quietly', () => {
    save({ interval: 25, hotkey: 'Ctrl+Shift+T', launchAtLogin: true });
    const store = open();
    expect(store.get()).toMatchObject({ intervalMin: 25, shortcut: 'Ctrl+Shift+T', startAtLogin: true, schemaVersion: 1 });
    expect(onDisk()).toEqual(store.get());
    expect(copies()).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('keeps a copy of a file from a newer Tend before writing its own version', () => {
    save({ ...defaultSettings(), schemaVersion: 3, intervalMin: 50, futureThing: 1 });
    const store = open();
    expect(store.get().intervalMin).toBe(50);
    expect(copies()).toHaveLength(1);
    expect(notices.map((n) => n.kind)).toEqual(['settings-newer']);
  });

  it('runs on defaults in memory when the file cannot be read, and never writes over it', () => {
    mkdirSync(configPath()); // a folder where the file should be: reading fails with EISDIR
    const store = open();
    expect(store.get()).toEqual(defaultSettings());
    store.set({ ...store.get(), intervalMin: 20 });
    expect(store.get().intervalMin).toBe(20);
    expect(store.persistence()).toBe('memory');
    expect(readdirSync(configPath())).toEqual([]);
    expect(notices.map((n) => n.kind)).toEqual(['settings-unreadable']);
  });

  it('treats permission denied the same way', () => {
    save({ ...defaultSettings(), intervalMin: 99 });
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const store = open({
      readFile: () => {
        throw denied;
      },
    });
    store.set({ ...store.get(), sounds: true });
    expect(store.get()).toMatchObject({ intervalMin: 45, sounds: true });
    expect(onDisk()).toMatchObject({ intervalMin: 99, sounds: false });
    expect(notices.map((n) => n.kind)).toEqual(['settings-unreadable']);
  });

  it('keeps settings in memory when a write does not go through, says so once, and saves them later', () => {
    const store = open();
    rmSync(configPath());
    mkdirSync(configPath()); // writes now fail (EISDIR), like a full disk would
    store.set({ ...store.get(), intervalMin: 30 });
    store.set({ ...store.get(), snoozeMin: 10 });
    expect(store.get()).toMatchObject({ intervalMin: 30, snoozeMin: 10 });
    expect(store.persistence()).toBe('memory');
    expect(notices.map((n) => n.kind)).toEqual(['settings-not-saved']);
    rmSync(configPath(), { recursive: true });
    store.flush();
    expect(onDisk()).toMatchObject({ intervalMin: 30, snoozeMin: 10 });
    expect(store.persistence()).toBe('file');
  });

  it('stores every valid settings object through electron-store’s JSON Schema and reads it back', () => {
    fc.assert(
      fc.property(validSettings, (settings: Settings) => {
        rmSync(configPath(), { force: true });
        const store = open();
        store.set(settings);
        expect(notices).toEqual([]);
        expect(open().get()).toEqual(settings);
      }),
      { numRuns: 40 },
    );
    expect(existsSync(configPath())).toBe(true);
    // 80 electron-store instances, each compiling its JSON Schema: slow on a busy machine, never hung.
  }, 60_000);
});
