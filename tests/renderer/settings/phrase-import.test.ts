import { describe, expect, it } from 'vitest';
import { importPhrases } from '../../../renderer/src/settings/phrase-import.ts';

const long = 'x'.repeat(91);

describe('importing phrases from a text file', () => {
  it('adds one phrase per line, tidied, and says which lines were left out and why', () => {
    const existing = [{ id: 'custom.a', text: 'Already here.' }];
    const text = [
      '\uFEFFFirst one.',
      '',
      '  Second   one.  ',
      long,
      'already HERE.',
      'First one.',
      'Third.',
    ].join('\r\n');
    const result = importPhrases(text, existing);
    expect(result.phrases.map((p) => p.text)).toEqual([
      'Already here.',
      'First one.',
      'Second one.',
      'Third.',
    ]);
    expect(result.added).toBe(3);
    expect(result.skipped).toEqual([
      { line: 2, reason: 'empty' },
      { line: 4, reason: 'too-long' },
      { line: 5, reason: 'duplicate' },
      { line: 6, reason: 'duplicate' },
    ]);
  });

  it('does not report the blank lines at the end of a file', () => {
    expect(importPhrases('One.\nTwo.\n\n\n', []).skipped).toEqual([]);
  });

  it('stops adding when the list is full', () => {
    const result = importPhrases('A.\nB.\nC.', [], 2);
    expect(result.added).toBe(2);
    expect(result.skipped).toEqual([{ line: 3, reason: 'full' }]);
  });

  it('gives every new phrase its own id, and leaves the list it was given as it was', () => {
    const existing = [{ id: 'custom.a', text: 'Here.' }];
    const result = importPhrases('One.\nTwo.', existing);
    expect(new Set(result.phrases.map((p) => p.id)).size).toBe(3);
    expect(existing).toHaveLength(1);
  });
});
