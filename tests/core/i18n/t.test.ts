import { describe, expect, it } from 'vitest';
import { isMessageKey, t } from '../../../electron/core/i18n/t.ts';

describe('t()', () => {
  it('returns the English message for a key', () => {
    expect(t('offer.title')).toBe('A little pause?');
  });

  it('fills in placeholders from params', () => {
    expect(t('error.invalid-request', { where: ' at reason' })).toBe("That request wasn't in the expected shape at reason.");
  });

  it('recognises keys that arrive as data', () => {
    expect(isMessageKey('tray.quit')).toBe(true);
    expect(isMessageKey('tray.nope')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});
