import { describe, expect, it } from 'vitest';
import { welcomesOnStart } from '../../../electron/core/settings/first-run.ts';

describe('the welcome on start', () => {
  it.each([
    ['no settings file yet', 'fresh', false, true],
    ['a file from before the welcome existed', 'loaded', false, true],
    ['an older file brought up to date', 'migrated', false, true],
    ['a start after the welcome', 'loaded', true, false],
    ['a damaged file (Tend ran here before)', 'corrupt', false, false],
    ['a file with fields reset', 'repaired', false, false],
    ['a file from a newer Tend', 'newer', false, false],
    ['a file that could not be read', 'unreadable', false, false],
    ['a file far too large', 'too-large', false, false],
    ['a link to a file elsewhere', 'foreign-link', false, false],
  ])('%s: %s, firstRunDone %s → welcome %s', (_label, kind, firstRunDone, welcome) => {
    expect(welcomesOnStart({ kind }, firstRunDone)).toBe(welcome);
  });
});
