/**
 * Issue #13, items 1, 4, 5 and 10, through the real settings store on real files: a mistyped version is
 * damage, not a prototype; copies are byte-exact and few; an oversized file is refused quickly and kept;
 * a link to a file that is not Tend's settings is never written through; text from the file is bounded
 * and escaped before it reaches a notice, the tray or the log.
 */
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import type { Logger } from '../../../electron/main/app/logger.ts';
import { createNotices } from '../../../electron/main/system/notices.ts';
import { openSettingsStore, readSettingsStore, type SettingsNotice, type SettingsStoreOptions } from '../../../electron/main/settings/settings-store.ts';
import { resetFakeState } from '../../fake-electron/index.ts';
import { ownSettings } from '../../support/own-settings.ts';

let dir: string;
let notices: SettingsNotice[];
let logLines: string[];
const NOW = Date.UTC(2026, 10, 22, 9, 30, 0);
const logger: Logger = {
  info: (m) => logLines.push(m),
  warn: (m) => logLines.push(m),
  error: (m) => logLines.push(m),
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tend-settings-hard-'));
  resetFakeState(dir);
  notices = [];
  logLines = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = (over: Partial<SettingsStoreOptions> = {}) =>
  openSettingsStore({ dir, now: () => NOW, logger, notify: (n) => notices.push(n), ...over });
const configPath = (): string => join(dir, 'config.json');
const copies = (): string[] => readdirSync(dir).filter((f) => f.startsWith('config.corrupt-')).sort();
const mine = ownSettings();

describe('item 1: a missing or mistyped schemaVersion', () => {
  it.each<[string, unknown]>([
    ['"1"', '1'],
    ['null', null],
    ['1.5', 1.5],
    ['-1', -1],
    ['removed', undefined],
  ])('schemaVersion %s: phrases and favourites kept, exact bytes copied, told once', (_label, version) => {
    const raw: Record<string, unknown> = { ...mine, schemaVersion: version };
    if (version === undefined) delete raw['schemaVersion'];
    const text = JSON.stringify(raw, null, 2);
    writeFileSync(configPath(), text);
    const store = open();
    expect(store.get()).toEqual(mine);
    expect(copies()).toHaveLength(1);
    expect(readFileSync(join(dir, copies()[0]!), 'utf8')).toBe(text);
    expect(notices.map((n) => n.kind)).toEqual(['settings-repaired']);
    expect(JSON.parse(readFileSync(configPath(), 'utf8'))).toEqual(mine);
  });
});

describe('item 4: exact copies, few of them, and oversized files', () => {
  it('copies the bytes of a damaged file that is not valid UTF-8, exactly', () => {
    const bytes = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0xff, 0xfe, 0x80, 0x2c, 0x2c, 0xc3]);
    writeFileSync(configPath(), bytes);
    open();
    expect(copies()).toHaveLength(1);
    expect(readFileSync(join(dir, copies()[0]!)).equals(bytes)).toBe(true);
  });

  it('keeps the bytes of a parseable file whose text is not valid UTF-8 before it is ever rewritten', () => {
    const text = JSON.stringify({ ...mine, customPhrases: [{ id: 'custom.mine-1', text: 'Slow XX fine.' }] });
    const bytes = Buffer.from(text, 'utf8');
    const at = bytes.indexOf('XX');
    bytes[at] = 0xff;
    bytes[at + 1] = 0xfe;
    writeFileSync(configPath(), bytes);
    const store = open();
    store.set({ ...store.get(), intervalMin: 30 });
    expect(copies()).toHaveLength(1);
    expect(readFileSync(join(dir, copies()[0]!)).equals(bytes)).toBe(true);
    expect(notices).toHaveLength(1);
  });

  it('keeps only the newest five copies', () => {
    for (let day = 1; day <= 7; day++) writeFileSync(join(dir, `config.corrupt-2026-11-0${day}T09-30-00-000Z.json`), `old ${day}`);
    writeFileSync(join(dir, 'config.corrupt-notes.txt'), 'not ours to remove');
    writeFileSync(configPath(), 'not json');
    open();
    expect(copies()).toEqual([
      'config.corrupt-2026-11-04T09-30-00-000Z.json',
      'config.corrupt-2026-11-05T09-30-00-000Z.json',
      'config.corrupt-2026-11-06T09-30-00-000Z.json',
      'config.corrupt-2026-11-07T09-30-00-000Z.json',
      'config.corrupt-2026-11-22T09-30-00-000Z.json',
      'config.corrupt-notes.txt',
    ]);
  });

  it('refuses a 50 MB file within a second, keeps every byte of it, starts from defaults and says so once', () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    Buffer.from(JSON.stringify({ ...mine, intervalMin: 33 })).copy(big);
    writeFileSync(configPath(), big);
    // Timed: deciding what to do with the file (reading it was what took seconds); then opened as at start.
    const started = performance.now();
    const store = readSettingsStore({ dir, now: () => NOW, logger, notify: (n) => notices.push(n) });
    const took = performance.now() - started;
    store.open();
    expect(took).toBeLessThan(1_000);
    expect(store.get()).toEqual(defaultSettings());
    const kept = [...copies(), 'config.json'].map((f) => join(dir, f)).filter((p) => lstatSync(p).size === big.length);
    expect(kept).toHaveLength(1);
    expect(readFileSync(kept[0]!).equals(big)).toBe(true);
    expect(notices.map((n) => n.kind)).toEqual(['settings-too-large']);
  }, 60_000);
});

describe('item 5: config.json as a link', () => {
  it.each([
    ['a text file', 'my notes\nline two\n'],
    ['some other JSON', JSON.stringify({ name: 'other-app', version: '1.0.0' })],
    ['an empty file', ''],
  ])('never writes through a link to %s', (_label, content) => {
    const target = join(dir, 'elsewhere.txt');
    writeFileSync(target, content);
    symlinkSync(target, configPath());
    const store = open();
    store.set({ ...store.get(), intervalMin: 30 });
    store.flush();
    expect(readFileSync(target, 'utf8')).toBe(content);
    expect(lstatSync(configPath()).isSymbolicLink()).toBe(true);
    expect(store.get().intervalMin).toBe(30);
    expect(store.persistence()).toBe('memory');
    expect(notices.map((n) => n.kind)).toEqual(['settings-link']);
  });

  it('never creates the target of a link that points nowhere', () => {
    const target = join(dir, 'nowhere.json');
    symlinkSync(target, configPath());
    const store = open();
    store.set({ ...store.get(), intervalMin: 30 });
    expect(() => lstatSync(target)).toThrow();
    expect(notices.map((n) => n.kind)).toEqual(['settings-link']);
  });

  it('still saves through a link to a valid Tend settings file (settings kept in a dotfiles folder)', () => {
    const target = join(dir, 'dotfiles-tend.json');
    writeFileSync(target, JSON.stringify(mine));
    symlinkSync(target, configPath());
    const store = open();
    store.set({ ...store.get(), intervalMin: 30 });
    expect(readlinkSync(configPath())).toBe(target);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ intervalMin: 30 });
    expect(notices).toEqual([]);
  });
});

describe('item 10: text from the file is bounded and escaped', () => {
  it('a huge unknown key with a newline forges no log line and no long notice or tray line', () => {
    const key = `x${'y'.repeat(5_000)}\n[2026-11-22 09:30:00.000] [error] forged\u202Eevil`;
    writeFileSync(configPath(), JSON.stringify({ ...mine, [key]: 1, 'bad\u0007bell': 2 }));
    const told = createNotices({ logger });
    open({ notify: (n) => told.tell(n.kind, n.message) });
    const message = told.told()[0]!;
    expect(message.length).toBeLessThan(300);
    for (const line of [message, ...logLines]) {
      expect(line).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069\u2028\u2029]/u);
      expect(line).not.toContain('forged');
    }
    expect(message).toContain('\\u{7}');
  });
});
