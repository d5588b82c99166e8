/**
 * Text that came from a file (a key in config.json, say) on its way to a notice, the tray or the log:
 * escaped, so a newline cannot forge a log line and a bidi override cannot reorder what the user reads,
 * and bounded, so one key cannot fill the tray (issue #13, item 10).
 */

/** The longest piece of file text Tend repeats anywhere, in characters. */
export const FILE_TEXT_MAX = 60;

// Controls (C0, DEL, C1), bidi controls and marks, zero-width characters, line and paragraph
// separators, the byte-order mark, lone surrogates, and noncharacters: shown as \u{…}, never as themselves.
const unsafe = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]/gu;

/** `text` with every invisible or control character written as \u{hex}. */
export function escapeFileText(text: string): string {
  return text.replace(unsafe, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

/** `text` escaped and cut to `max` characters (whole code points, ending in …). */
export function quoteFileText(text: string, max = FILE_TEXT_MAX): string {
  const chars = Array.from(escapeFileText(text));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Names from a file as one bounded list: each escaped and cut to half of `max` (so one cannot hide the rest), the whole to `max`. */
export function quoteFileList(names: readonly string[], max = FILE_TEXT_MAX): string {
  return quoteFileText(names.map((name) => quoteFileText(name, Math.floor(max / 2))).join(', '), max);
}
