/**
 * The shortcut recorder's translation of a key press into an Electron accelerator. Keys are read from
 * `code` (the physical key), so Alt+G stays "G" even where the layout turns it into "©"; modifiers come
 * from the event's flags, with Ctrl on Windows and Linux and ⌘ on macOS becoming CommandOrControl.
 */

/** The parts of a KeyboardEvent the recorder reads. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/** What a key press means to the recorder. */
export type Recorded =
  | { kind: 'cancel' }
  /** Only modifiers so far ("Ctrl+Alt+"): keep listening. */
  | { kind: 'modifiers'; modifiers: string[] }
  | { kind: 'combination'; accelerator: string }
  /** A key Electron has no name for. */
  | { kind: 'unknown' };

const modifierCodes = /^(Control|Alt|Shift|Meta|OS)(Left|Right)?$|^AltGraph$/;

const namedCodes: Record<string, string> = {
  Space: 'Space',
  Escape: 'Escape',
  Tab: 'Tab',
  Enter: 'Enter',
  NumpadEnter: 'Enter',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  PrintScreen: 'PrintScreen',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Backquote: '`',
  Comma: ',',
  Period: '.',
  Slash: '/',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  NumpadDecimal: 'numdec',
  MediaPlayPause: 'MediaPlayPause',
  MediaTrackNext: 'MediaNextTrack',
  MediaTrackPrevious: 'MediaPreviousTrack',
  MediaStop: 'MediaStop',
  AudioVolumeUp: 'VolumeUp',
  AudioVolumeDown: 'VolumeDown',
  AudioVolumeMute: 'VolumeMute',
};

/** Electron's name for the physical key, or null when it has none. */
export function keyNameOf(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter?.[1]) return letter[1];
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (digit?.[1]) return code.startsWith('Numpad') ? `num${digit[1]}` : digit[1];
  if (/^F([1-9]|1\d|2[0-4])$/.test(code)) return code;
  return namedCodes[code] ?? null;
}

/** The modifiers held, in Electron's words, for `platform` (process.platform's names). */
export function modifiersOf(press: KeyPress, platform: string): string[] {
  const mac = platform === 'darwin';
  const modifiers: string[] = [];
  // The primary modifier (⌘ on macOS, Ctrl elsewhere) is CommandOrControl, so the setting travels.
  if (mac ? press.metaKey : press.ctrlKey) modifiers.push('CommandOrControl');
  if (mac && press.ctrlKey) modifiers.push('Control');
  if (press.altKey) modifiers.push('Alt');
  if (press.shiftKey) modifiers.push('Shift');
  if (!mac && press.metaKey) modifiers.push('Super');
  return modifiers;
}

/** What one key press means while the recorder listens. Esc with no modifiers cancels. */
export function recordKey(press: KeyPress, platform: string): Recorded {
  const modifiers = modifiersOf(press, platform);
  if (press.key === 'Escape' && modifiers.length === 0) return { kind: 'cancel' };
  if (
    modifierCodes.test(press.code) ||
    ['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'OS'].includes(press.key)
  ) {
    return { kind: 'modifiers', modifiers };
  }
  const key = keyNameOf(press.code);
  if (key === null) return { kind: 'unknown' };
  return { kind: 'combination', accelerator: [...modifiers, key].join('+') };
}
