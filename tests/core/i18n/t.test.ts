/**
 * The translator (issue #20): English by default, ICU plurals by each language's rules, numbers in the
 * language's digits, and a translation that lacks a key or cannot be formatted falls back to English.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeLocale, isMessageKey, onLocaleChange, setActiveLocale, t } from '../../../electron/core/i18n/t.ts';

afterEach(() => setActiveLocale('en', {}));

describe('t()', () => {
  it('returns the English message for a key', () => {
    expect(t('offer.title')).toBe('A little pause?');
  });

  it('fills in placeholders from params', () => {
    expect(t('error.invalid-request', { where: ' (reason)' })).toBe("That request wasn't in the expected shape (reason).");
  });

  it('keeps an apostrophe in a message with placeholders as written', () => {
    expect(t('settings-ui.phrases.import-added', { count: 2, file: "mum's list.txt" })).toBe("Added 2 phrases from mum's list.txt.");
  });

  it.each([
    [1, 'You took 1 small pause this week.'],
    [2, 'You took 2 small pauses this week.'],
    [21, 'You took 21 small pauses this week.'],
  ])('says %i in English with the English plural', (count, text) => {
    expect(t('settings-ui.pauses.week', { count })).toBe(text);
  });

  it.each([
    [1, 'If it helps, here is one small thing.'],
    [2, 'If it helps, here are two small things.'],
    [3, 'If it helps, here are three small things.'],
  ])('the offer says how many small things for %i', (count, text) => {
    expect(t('offer.subtitle', { count })).toBe(text);
  });

  it('recognises keys that arrive as data', () => {
    expect(isMessageKey('tray.quit')).toBe(true);
    expect(isMessageKey('tray.nope')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('another language', () => {
  it('shows its message, and English for a key it lacks', () => {
    setActiveLocale('de', { 'offer.title': 'Eine kleine Pause?' });
    expect(t('offer.title')).toBe('Eine kleine Pause?');
    expect(t('offer.skip')).toBe('Skip');
  });

  it.each([
    [0, 'zero'],
    [1, 'one'],
    [2, 'two'],
    [3, 'few'],
    [11, 'many'],
    [100, 'other'],
  ])('chooses by the language’s own plural rules: Arabic %i is “%s”', (count, category) => {
    setActiveLocale('ar', {
      'settings-ui.pauses.pauses': '{count, plural, zero {zero} one {one} two {two} few {few} many {many} other {other}}',
    });
    expect(t('settings-ui.pauses.pauses', { count })).toBe(category);
  });

  it('writes a plain number in the language’s digits', () => {
    setActiveLocale('ar', { 'status.next-break': 'الاستراحة التالية بعد نحو {minutes} دقيقة' });
    expect(t('status.next-break', { minutes: 12 })).toBe(`الاستراحة التالية بعد نحو ${new Intl.NumberFormat('ar').format(12)} دقيقة`);
  });

  it.each([
    ['broken syntax', 'Nächste Pause in {minutes'],
    ['a placeholder English does not give', 'Nächste Pause um {time}'],
  ])('a translation with %s falls back to English rather than failing', (_, broken) => {
    setActiveLocale('de', { 'status.next-break': broken });
    expect(t('status.next-break', { minutes: 5 })).toBe('Next break in about 5 min');
  });

  it('tells subscribers when the language changes, and not when it stays', () => {
    const heard = vi.fn();
    const off = onLocaleChange(heard);
    const messages = { 'offer.title': 'Une petite pause ?' };
    setActiveLocale('fr', messages);
    setActiveLocale('fr', messages);
    off();
    setActiveLocale('en', {});
    expect(heard).toHaveBeenCalledTimes(1);
    expect(activeLocale()).toBe('en');
  });
});
