/**
 * The pseudo-locale (issue #20): every English message with its letters accented and about 40 % more
 * text, in words that wrap like real ones, between ⟦ ⟧ so a cut-off end shows. The browser tests run
 * every screen in it at the real window sizes: what fits here fits in German or French.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

// Letters only, each one code point both sides: a string's code points are what Array.from walks.
const plainLetters = Array.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
const accentedLetters = Array.from('ȧƀçđéƒğħíĵķŀɱñöƥɋřšŧüṽŵẋýžȦƁÇĐÉƑĞĦÍĴĶĿṀÑÖƤɊŘŠŦÜṼŴẊÝŽ');
const accented: Readonly<Record<string, string>> = Object.fromEntries(plainLetters.map((ch, i) => [ch, accentedLetters[i] ?? ch]));
const filler = ['ŀöřéɱ', 'íƥšüɱ', 'đöŀöř', 'šíŧ', 'ȧɱéŧ'];

function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (ch) => accented[ch] ?? ch);
}

/** Accents the literal text of `elements` in place; returns how many characters of text there are. */
function accentAll(elements: MessageFormatElement[]): number {
  let length = 0;
  for (const element of elements) {
    if (element.type === TYPE.literal) {
      element.value = accent(element.value);
      length += element.value.length;
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      // Each option is one of several texts: count the longest once.
      length += Math.max(0, ...Object.values(element.options).map((option) => accentAll(option.value)));
    } else if (element.type === TYPE.tag) {
      length += accentAll(element.children);
    } else {
      length += 6;
    }
  }
  return length;
}

/** `count` characters or more of filler words, each after a space. */
function padding(count: number): string {
  let out = '';
  for (let i = 0; out.length < count; i++) out += ` ${filler[i % filler.length] ?? ''}`;
  return out;
}

/** The pseudo-locale's form of one English message (ICU syntax and placeholders kept). */
export function pseudoMessage(message: string): string {
  const ast = parse(message);
  const length = accentAll(ast);
  const extra = Math.ceil(length * 0.4);
  // Letters, spaces and ⟧ only: nothing ICU reads as syntax, so it goes after the printed message as it is.
  // The printer's typings declare the element types once more (printer.d.ts): the same values, another enum.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- one enum, declared twice
  const printable = ast as Parameters<typeof printAST>[0];
  return `⟦${printAST(printable)}${padding(Math.max(2, extra))}⟧`;
}

/** Every message of `english` in the pseudo-locale. */
export function pseudoMessages(english: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(english).map(([key, text]) => [key, pseudoMessage(text)]));
}
