/**
 * Issue #13 item 7: importing a phrases file. Text files only, work bounded by the free places in the
 * list, problems summarised in a few lines, and the same phrase rules as typing one in and as main.
 */
import { describe, expect, it } from 'vitest';
import {
  importPhrases,
  maxImportLines,
  readPhraseFile,
} from '../../../electron/core/content/phrase-import.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Deterministic bytes (a linear congruential generator), so the "random file" is the same every run. */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('reading a phrases file', () => {
  it('reads UTF-8 text, with or without a byte-order mark', () => {
    expect(readPhraseFile(utf8('One.\nTwo.\n'))).toEqual({ ok: true, text: 'One.\nTwo.\n' });
    expect(readPhraseFile(utf8('\uFEFFCafé.\n'))).toEqual({ ok: true, text: 'Café.\n' });
  });

  it('reads UTF-16 with a byte-order mark (what some editors save)', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x4f, 0x00, 0x6b, 0x00, 0x2e, 0x00]);
    expect(readPhraseFile(le)).toEqual({ ok: true, text: 'Ok.' });
  });

  it.each([
    ['random bytes', noise(4096)],
    [
      'a program (an ELF header, then code)',
      new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...noise(2000, 3)]),
    ],
    ['a NUL byte in otherwise plain text', utf8('One.\u0000Two.\n')],
    ['invalid UTF-8', new Uint8Array([0x4f, 0x6e, 0x65, 0xc3, 0x28, 0x0a])],
    ['text full of control characters', utf8('A\u0001B\u0002C\u0003D\u0004E\u0005F\u0006\n'.repeat(20))],
  ])('refuses %s as not a text file', (_, bytes) => {
    expect(readPhraseFile(bytes)).toEqual({ ok: false, problem: 'not-text' });
  });

  it('reads a text file with one stray control character (the line itself is left out later)', () => {
    expect(readPhraseFile(utf8(`${'A fine line.\n'.repeat(20)}Bell\u0007.\n`))).toMatchObject({ ok: true });
  });
});

describe('importing the lines', () => {
  it('leaves out lines with direction overrides, control characters or only invisible characters', () => {
    const result = importPhrases(
      ['Good one.', 'Kind \u202Eeslaf\u202C.', '\u200B\u200D', 'Bell\u0007.'].join('\n'),
      [],
    );
    expect(result.phrases.map((p) => p.text)).toEqual(['Good one.']);
    expect(result.skipped).toEqual([
      { reason: 'unsafe', count: 2, lines: [2, 4] },
      { reason: 'empty', count: 1, lines: [3] },
    ]);
  });

  it('26,000 lines: bounded work, a few summary lines, quickly', () => {
    const lines = Array.from({ length: 26_000 }, (_, i) =>
      i % 3 === 0 ? 'x'.repeat(120) : `Phrase number ${String(i)}.`,
    );
    const started = performance.now();
    const result = importPhrases(lines.join('\n'), [], 500);
    const ms = performance.now() - started;
    expect(result.added).toBe(500);
    expect(result.examined).toBeLessThanOrEqual(maxImportLines);
    expect(result.skipped.length).toBeLessThanOrEqual(4);
    for (const group of result.skipped) expect(group.lines.length).toBeLessThanOrEqual(3);
    expect(result.skipped.find((g) => g.reason === 'full')?.count).toBe(26_000 - result.examined);
    expect(ms).toBeLessThan(2_000);
  }, 20_000);

  it('examines no more lines than the free places allow when the list is nearly full', () => {
    const existing = Array.from({ length: 498 }, (_, i) => ({
      id: `custom.e${String(i)}`,
      text: `Existing ${String(i)}.`,
    }));
    const result = importPhrases(
      Array.from({ length: 5000 }, (_, i) => `New ${String(i)}.`).join('\n'),
      existing,
      500,
    );
    expect(result.added).toBe(2);
    expect(result.examined).toBe(2);
    expect(result.skipped).toEqual([{ reason: 'full', count: 4998, lines: [3, 4, 5] }]);
  });
});

describe('importing the lines, as before issue #13', () => {
  const long = 'x'.repeat(91);

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
      { reason: 'empty', count: 1, lines: [2] },
      { reason: 'too-long', count: 1, lines: [4] },
      { reason: 'duplicate', count: 2, lines: [5, 6] },
    ]);
  });

  it('does not report the blank lines at the end of a file', () => {
    expect(importPhrases('One.\nTwo.\n\n\n', []).skipped).toEqual([]);
  });

  it('stops adding when the list is full', () => {
    const result = importPhrases('A.\nB.\nC.', [], 2);
    expect(result.added).toBe(2);
    expect(result.skipped).toEqual([{ reason: 'full', count: 1, lines: [3] }]);
  });

  it('gives every new phrase its own id, and leaves the list it was given as it was', () => {
    const existing = [{ id: 'custom.a', text: 'Here.' }];
    const result = importPhrases('One.\nTwo.', existing);
    expect(new Set(result.phrases.map((p) => p.id)).size).toBe(3);
    expect(existing).toHaveLength(1);
  });
});
