/**
 * Electron accelerators ("CommandOrControl+Alt+G"), checked and normalised without Electron, so the
 * settings window can explain a bad combination before main ever tries to register it. Combinations the
 * system and every app use (system-shortcuts.ts) are refused here, so main and the page refuse alike.
 */
import { isSystemShortcut } from './system-shortcuts.ts';

const modifierNames: Record<string, string> = {
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Meta',
};

const namedKeys = [
  'Plus', 'Space', 'Tab', 'Capslock', 'Numlock', 'Scrolllock', 'Backspace', 'Delete', 'Insert', 'Return',
  'Enter', 'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc',
  'VolumeUp', 'VolumeDown', 'VolumeMute', 'MediaNextTrack', 'MediaPreviousTrack', 'MediaStop',
  'MediaPlayPause', 'PrintScreen', 'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
  ...Array.from({ length: 24 }, (_, i) => `F${i + 1}`),
  ...Array.from({ length: 10 }, (_, i) => `num${i}`),
];
const keyNames = new Map(namedKeys.map((k) => [k.toLowerCase(), k]));
const punctuation = new Set(')!@#$%^&*(:;=<,_->.?/~`{][|\\}"\''.split(''));

// Keys that are fine on their own as a global shortcut: they never occur in ordinary typing. (Media,
// volume and PrintScreen keys are also such keys, but they belong to the system: system-shortcuts.ts.)
const standaloneKey = /^(F([1-9]|1\d|2[0-4])|Media\w+|Volume\w+|PrintScreen)$/;

/** Why a text is not a usable global shortcut. */
type AcceleratorProblem = 'empty' | 'unknown-part' | 'no-key' | 'two-keys' | 'repeated-modifier' | 'needs-modifier' | 'system';

/** A parsed accelerator, or the reason it cannot be used. */
type ParsedAccelerator =
  | { ok: true; modifiers: string[]; key: string; normalized: string }
  | { ok: false; problem: AcceleratorProblem };

function keyName(part: string): string | null {
  if (/^[a-z0-9]$/i.test(part)) return part.toUpperCase();
  if (part.length === 1 && punctuation.has(part)) return part;
  return keyNames.get(part.toLowerCase()) ?? null;
}

/**
 * Parses `text` as a global shortcut: modifiers, then exactly one key; letters and digits need a modifier
 * besides Shift, and combinations the system uses are refused.
 */
export function parseAccelerator(text: string): ParsedAccelerator {
  const parsed = parseParts(text);
  if (parsed.ok && isSystemShortcut(parsed.modifiers, parsed.key)) return { ok: false, problem: 'system' };
  return parsed;
}

/** The spelling alone (what a label needs): modifiers, then one key; no rule about which combinations are usable. */
function parseParts(text: string): ParsedAccelerator {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  // "+" is both the separator and a key ("Ctrl++"), so a trailing empty part means the Plus key.
  const parts = trimmed.split('+').map((p) => p.trim());
  if (parts.length > 1 && parts.at(-1) === '' && parts.at(-2) === '') parts.splice(-2, 2, 'Plus');
  const modifiers: string[] = [];
  let key: string | null = null;
  for (const part of parts) {
    const modifier = modifierNames[part.toLowerCase()];
    if (modifier !== undefined) {
      if (modifiers.includes(modifier)) return { ok: false, problem: 'repeated-modifier' };
      modifiers.push(modifier);
      continue;
    }
    const name = keyName(part);
    if (name === null) return { ok: false, problem: 'unknown-part' };
    if (key !== null) return { ok: false, problem: 'two-keys' };
    key = name;
  }
  if (key === null) return { ok: false, problem: 'no-key' };
  const hasRealModifier = modifiers.some((m) => m !== 'Shift');
  if (!hasRealModifier && !standaloneKey.test(key)) return { ok: false, problem: 'needs-modifier' };
  return { ok: true, modifiers, key, normalized: [...modifiers, key].join('+') };
}

/** True when `text` is a usable global shortcut, or empty (no shortcut at all). */
export function isShortcutSetting(text: string): boolean {
  return text === '' || parseAccelerator(text).ok;
}

const macSymbols: Record<string, string> = {
  Command: '⌘',
  Control: '⌃',
  CommandOrControl: '⌘',
  Alt: '⌥',
  AltGr: '⌥',
  Shift: '⇧',
  Super: '⌘',
  Meta: '⌘',
};
const otherNames: Record<string, string> = {
  Command: 'Super',
  Control: 'Ctrl',
  CommandOrControl: 'Ctrl',
  Alt: 'Alt',
  AltGr: 'AltGr',
  Shift: 'Shift',
  Super: 'Super',
  Meta: 'Super',
};

/** How a shortcut reads to people on `platform`: "⌥⌘G" on macOS, "Ctrl+Alt+G" elsewhere; the text itself if unparsable. */
export function acceleratorLabel(text: string, platform: string): string {
  const parsed = parseParts(text);
  if (!parsed.ok) return text;
  if (platform === 'darwin') {
    // macOS orders modifier symbols ⌃⌥⇧⌘ regardless of how they were typed.
    const order = ['Control', 'Alt', 'AltGr', 'Shift', 'Command', 'CommandOrControl', 'Super', 'Meta'];
    const sorted = [...parsed.modifiers].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return sorted.map((m) => macSymbols[m] ?? m).join('') + parsed.key;
  }
  return [...parsed.modifiers.map((m) => otherNames[m] ?? m), parsed.key].join('+');
}
