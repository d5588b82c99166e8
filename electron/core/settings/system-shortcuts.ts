/**
 * Combinations the system and every app already use, which Tend never takes as its global shortcut: a
 * global registration would steal them from everything else on the desktop. The one list, read by main
 * (the settings patch, the settings file, the registration) and by the settings page (the recorder).
 */

/** Which modifiers besides Shift a rule matches: one "primary" (Ctrl/⌘), Alt alone, or Ctrl with Alt. */
type Base = 'primary' | 'alt' | 'primary+alt' | 'any';

interface SystemRule {
  readonly base: Base;
  /** Whether Shift may be added ('any'), must be absent ('without') or present ('with'). */
  readonly shift: 'any' | 'without' | 'with';
  readonly keys: readonly string[] | RegExp;
  readonly why: string;
}

const primary = new Set(['Control', 'Command', 'CommandOrControl']);

const rules: readonly SystemRule[] = [
  {
    base: 'primary',
    shift: 'any',
    keys: ['C', 'V', 'X', 'Z'],
    why: 'copy, paste, cut, undo and redo in every app (with Shift: redo, paste as plain text, copy in terminals)',
  },
  {
    base: 'primary',
    shift: 'without',
    keys: ['A', 'Y', 'Q'],
    why: 'select all, redo (Windows), quit the app in front (macOS, many Linux apps)',
  },
  {
    base: 'primary',
    shift: 'any',
    keys: ['Space', 'Tab'],
    why: 'Spotlight and input sources; switching apps (macOS) and tabs',
  },
  {
    base: 'alt',
    shift: 'any',
    keys: ['Tab', 'F4', 'Space', 'Escape', 'Esc'],
    why: 'switching and closing windows, the window menu (Windows, Linux desktops)',
  },
  {
    base: 'primary+alt',
    shift: 'without',
    keys: ['Delete'],
    why: 'the secure attention sequence (Windows), log out (some Linux desktops)',
  },
  { base: 'primary', shift: 'with', keys: ['Escape', 'Esc'], why: 'the task manager (Windows)' },
  {
    base: 'any',
    shift: 'any',
    keys: /^(Media\w+|Volume\w+|PrintScreen)$/,
    why: 'media and volume keys belong to the player and the system; PrintScreen to screenshots',
  },
];

function baseOf(modifiers: readonly string[]): Base | null {
  const rest = modifiers.filter((m) => m !== 'Shift');
  if (rest.length === 1 && primary.has(rest[0] ?? '')) return 'primary';
  if (rest.length === 1 && rest[0] === 'Alt') return 'alt';
  if (rest.length === 2 && rest.includes('Alt') && rest.some((m) => primary.has(m))) return 'primary+alt';
  return null;
}

/**
 * True when `modifiers` + `key` (normalised names from accelerator.ts) is a combination the system or
 * every app uses. Any combination with Super (the Windows key; Meta is its other name) belongs to the
 * desktop itself (Windows, GNOME, KDE).
 */
export function isSystemShortcut(modifiers: readonly string[], key: string): boolean {
  if (modifiers.includes('Super') || modifiers.includes('Meta')) return true;
  const base = baseOf(modifiers);
  const shifted = modifiers.includes('Shift');
  return rules.some((rule) => {
    if (rule.base !== 'any' && rule.base !== base) return false;
    if ((rule.shift === 'without' && shifted) || (rule.shift === 'with' && !shifted)) return false;
    return Array.isArray(rule.keys) ? rule.keys.includes(key) : (rule.keys as RegExp).test(key);
  });
}
