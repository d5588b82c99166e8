/** Issue #13, item 10: text from a file is escaped and bounded before anyone reads it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFileText, FILE_TEXT_MAX, quoteFileList, quoteFileText } from '../../../electron/main/settings/quote-file-text.ts';

const unsafe = /[\p{Cc}\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/u;

describe('quoting text from a file', () => {
  it.each([
    ['line\nbreak', 'line\\u{a}break'],
    ['right\u202Eleft', 'right\\u{202e}left'],
    ['zero\u200Bwidth', 'zero\\u{200b}width'],
    ['lone \uD800 surrogate', 'lone \\u{d800} surrogate'],
    ['plain intervalMin', 'plain intervalMin'],
    ['émoji 🌿 fine', 'émoji 🌿 fine'],
  ])('escapes %j as %j', (raw, shown) => {
    expect(escapeFileText(raw)).toBe(shown);
  });

  it('bounds any text, whole code points only, and never lets a control character through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const quoted = quoteFileText(raw);
        expect(Array.from(quoted).length).toBeLessThanOrEqual(FILE_TEXT_MAX);
        expect(quoted).not.toMatch(unsafe);
        expect(quoted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('keeps a list readable: one long name cannot push the others out', () => {
    const list = quoteFileList(['a'.repeat(5000), 'snoozeMin']);
    expect(list).toContain('snoozeMin');
    expect(Array.from(list).length).toBeLessThanOrEqual(FILE_TEXT_MAX);
  });
});
