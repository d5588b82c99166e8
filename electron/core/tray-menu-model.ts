/**
 * The tray menu as plain data: a status line, Take a break now ▸, Pause ▸, Resume (when paused),
 * Settings…, Quit. Pure, so it can be compared: the tray rebuilds its native menu only when this changes.
 */
import { longerPracticeIds } from './content/content-ids.ts';
import { longerById } from './content/practices.ts';
import { t } from './i18n/t.ts';
import type { ShortcutStatus } from './ipc-contract.ts';
import type { PauseChoice, TendCommand } from './tend-command.ts';

/** Everything the menu depends on. */
export interface TrayMenuInput {
  status: string;
  paused: boolean;
  /** The grounding shortcut; `label` is how it reads on this platform ("Ctrl+Alt+G", "⌥⌘G"). */
  shortcut: ShortcutStatus;
  /**
   * Things Tend told the user that they have not looked at yet (no platform confirms that a
   * notification was seen: Notification.show() never says), shown until Settings is opened.
   */
  notices: readonly string[];
  /** A timed offer stands as an invitation (Wayland: a notification can be dropped, so the menu says so too). */
  offerWaiting?: boolean;
}

/** One entry of the menu. */
export type TrayMenuItem =
  | { type: 'separator' }
  | { type: 'text'; id: string; label: string }
  | { type: 'action'; id: string; label: string; command: TendCommand; accelerator?: string }
  | { type: 'submenu'; id: string; label: string; items: TrayMenuItem[] };

const pauseItems: { choice: PauseChoice; label: string }[] = [
  { choice: '30m', label: t('tray.pause.30m') },
  { choice: '1h', label: t('tray.pause.1h') },
  { choice: '2h', label: t('tray.pause.2h') },
  { choice: 'tomorrow', label: t('tray.pause.tomorrow') },
  { choice: 'indefinitely', label: t('tray.pause.indefinitely') },
];

function shortcutLine(shortcut: ShortcutStatus): TrayMenuItem[] {
  if (shortcut.state === 'taken') return [{ type: 'text', id: 'shortcut-problem', label: t('tray.shortcut-taken', { shortcut: shortcut.label }) }];
  if (shortcut.state === 'invalid') return [{ type: 'text', id: 'shortcut-problem', label: t('tray.shortcut-invalid', { shortcut: shortcut.label }) }];
  return [];
}

/** The menu for `input`. */
export function trayMenuModel(input: TrayMenuInput): TrayMenuItem[] {
  const grounding: TrayMenuItem = {
    type: 'action',
    id: 'take-break.grounding',
    label: t('tray.break.grounding'),
    command: { kind: 'grounding' },
    ...(input.shortcut.state === 'registered' ? { accelerator: input.shortcut.accelerator } : {}),
  };
  return [
    { type: 'text', id: 'status', label: input.status },
    ...(input.offerWaiting ? [{ type: 'action', id: 'offer', label: t('tray.offer-waiting'), command: { kind: 'offer' } } satisfies TrayMenuItem] : []),
    ...shortcutLine(input.shortcut),
    ...input.notices.map((label, i): TrayMenuItem => ({ type: 'action', id: `notice.${i}`, label, command: { kind: 'settings' } })),
    { type: 'separator' },
    {
      type: 'submenu',
      id: 'take-break',
      label: t('tray.take-break-now'),
      items: [
        { type: 'action', id: 'take-break.breath', label: t('tray.break.breath'), command: { kind: 'take-break', break: 'breath' } },
        { type: 'action', id: 'take-break.tea', label: t('tray.break.tea'), command: { kind: 'take-break', break: 'tea' } },
        { type: 'action', id: 'take-break.kind', label: t('tray.break.kind'), command: { kind: 'take-break', break: 'kind' } },
        grounding,
      ],
    },
    {
      // Only here and in Settings: a longer practice is never offered at a break (issue #21).
      type: 'submenu',
      id: 'longer',
      label: t('tray.longer'),
      items: longerPracticeIds.map((id): TrayMenuItem => ({
        type: 'action',
        id,
        label: t(longerById[id].title),
        command: { kind: 'longer', practice: id },
      })),
    },
    {
      type: 'submenu',
      id: 'pause',
      label: t('tray.pause'),
      items: pauseItems.map(({ choice, label }) => ({ type: 'action', id: `pause.${choice}`, label, command: { kind: 'pause', choice } })),
    },
    ...(input.paused ? [{ type: 'action', id: 'resume', label: t('tray.resume'), command: { kind: 'resume' } } satisfies TrayMenuItem] : []),
    { type: 'separator' },
    { type: 'action', id: 'settings', label: t('tray.settings'), command: { kind: 'settings' } },
    { type: 'action', id: 'quit', label: t('tray.quit'), command: { kind: 'quit' } },
  ];
}

/** True when two menus would look and act the same (so the native menu need not be rebuilt). */
export function sameTrayMenu(a: readonly TrayMenuItem[], b: readonly TrayMenuItem[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
