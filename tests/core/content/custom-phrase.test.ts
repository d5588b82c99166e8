/** Phrases in the user's own words: tidied, checked with a kind message, given stable ids; and phrase text as shown. */
import { describe, expect, it } from 'vitest';
import { customPhraseSchema } from '../../../electron/core/content/content-settings-schema.ts';
import {
  checkPhraseText,
  customPhraseErrors,
  newCustomPhrase,
  phraseText,
  type CustomPhrase,
} from '../../../electron/core/content/custom-phrase.ts';
import { phrases } from '../../../electron/core/content/phrases.ts';
import { t } from '../../../electron/core/i18n/t.ts';

const nameIt = phrases.find((p) => p.id === 'phrase.name-it')!;

describe('custom phrases', () => {
  it('are tidied: ends trimmed, spaces and line breaks collapsed', () => {
    expect(checkPhraseText('  Slow   is\nfine.  ')).toEqual({ ok: true, text: 'Slow is fine.' });
  });

  it.each([
    ['empty', '   \n ', 'empty'],
    ['91 characters', 'a'.repeat(91), 'too-long'],
    ['the same as one already there, whatever the case', 'SLOW IS FINE.', 'duplicate'],
  ])('are refused when %s', (_, text, error) => {
    const existing: CustomPhrase[] = [{ id: 'custom.a', text: 'Slow is fine.' }];
    expect(checkPhraseText(text, existing)).toEqual({ ok: false, error });
  });

  it('may be exactly 90 characters, counting an emoji as one', () => {
    expect(checkPhraseText('a'.repeat(90)).ok).toBe(true);
    expect(checkPhraseText(`${'a'.repeat(89)}🌱`).ok).toBe(true);
  });

  it('explain a refusal kindly, in the message catalogue', () => {
    expect(Object.values(customPhraseErrors).map((key) => t(key))).toEqual([
      "There's nothing here yet. A few words are enough.",
      "That's a little long for the window: up to 90 characters fit.",
      'That phrase is already in your list.',
      'Some of these characters are hidden controls, not letters. Typing it afresh helps.',
    ]);
  });

  it('get a stable id apart from the library, unique among the existing ones', () => {
    const first = newCustomPhrase('Slow is fine.', []);
    expect(first.ok && first.phrase.id).toMatch(/^custom\.[a-z0-9]+$/);
    expect(newCustomPhrase('Slow is fine.', [])).toEqual(first);
    if (!first.ok) return;
    const clash = newCustomPhrase('Something else.', [
      { id: first.phrase.id, text: 'Something else entirely.' },
    ]);
    expect(clash.ok && clash.phrase.id).not.toBe(first.phrase.id);
  });

  it('are checked the same way when read back from settings', () => {
    expect(customPhraseSchema.parse({ id: 'custom.a', text: ' Slow is fine. ' })).toEqual({
      id: 'custom.a',
      text: 'Slow is fine.',
    });
    expect(customPhraseSchema.safeParse({ id: 'custom.a', text: 'a'.repeat(91) }).success).toBe(false);
    expect(customPhraseSchema.safeParse({ id: 'phrase.own-side', text: 'Mine now.' }).success).toBe(false);
  });
});

describe('phrase text as shown', () => {
  it("is the user's own text for a custom phrase", () => {
    expect(phraseText({ id: 'custom.a', text: 'Slow is fine.' })).toBe('Slow is fine.');
  });

  it('is the English text for a library phrase', () => {
    expect(phraseText(phrases.at(-1)!)).toBe("I'm on my own side.");
  });

  it('puts in the word the user chose, or keeps "tired" when the word is blank or too long', () => {
    expect(phraseText(nameIt, ' restless ')).toBe('Naming it is enough for now: restless.');
    expect(phraseText(nameIt)).toBe('Naming it is enough for now: tired.');
    expect(phraseText(nameIt, '  ')).toBe('Naming it is enough for now: tired.');
    expect(phraseText(nameIt, 'x'.repeat(31))).toBe('Naming it is enough for now: tired.');
  });
});
