/** The pseudo-locale (issue #20): longer, accented, placeholders and plurals intact, English behind it. */
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en } from '../../../electron/core/i18n/en/index.ts';
import { pseudoMessage, pseudoMessages } from '../../../electron/core/i18n/pseudo-locale.ts';

/** The names of a message's arguments, nested ones too. */
function argumentsOf(message: string): string[] {
  const names: string[] = [];
  const walk = (elements: ReturnType<typeof parse>): void => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.plural || el.type === TYPE.select) names.push(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return names.sort();
}

describe('the pseudo-locale', () => {
  const pseudo = pseudoMessages(en);

  it('makes every message at least 40 % longer, accented, between ⟦ ⟧', () => {
    // Messages of text alone: their pseudo form is text too (an apostrophe doubled, as ICU writes it).
    const short = Object.entries(en).filter(([key, text]) => {
      if (text.includes('{')) return false;
      const shown = new IntlMessageFormat(pseudo[key] ?? '', 'en').format();
      return typeof shown !== 'string' || shown.length < text.length * 1.4;
    });
    expect(short).toEqual([]);
    expect(pseudoMessage('Breathe')).toMatch(/^⟦Ɓřéȧŧħé .+⟧$/);
  });

  it('keeps every placeholder and plural, so each message formats with English’s params', () => {
    const changed = Object.entries(en).filter(([key, text]) => argumentsOf(pseudo[key] ?? '').join() !== argumentsOf(text).join());
    expect(changed).toEqual([]);
    const added = new IntlMessageFormat(pseudo['settings-ui.phrases.import-added'] ?? '', 'en').format({ count: 1, file: 'a.txt' });
    expect(added).toContain('# ƥħřȧšé'.replace('#', '1'));
    expect(added).toContain('a.txt');
  });

  it('keeps an apostrophe a letter, not an ICU quote', () => {
    expect(new IntlMessageFormat(pseudoMessage("Tend couldn't load {file}"), 'en').format({ file: 'x' })).toContain("çöüŀđñ'ŧ");
  });
});
