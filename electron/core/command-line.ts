/**
 * Tend's command line (`tend --pause 1h`, `--resume`, `--break tea`, `--grounding`, `--settings`), parsed
 * into commands. The Electron and Chromium switches listed in foreign-switches.ts are passed over
 * silently; anything else Tend does not know (a typo such as `--pauze=30m` too) is explained in words.
 * Words are looked up in Maps, never in plain objects, so `--pause constructor` is not a pause length.
 */
import { isForeignSwitch } from './foreign-switches.ts';
import { t } from './i18n/t.ts';
import { breakKindSchema, type BreakKind } from './settings/settings-schema.ts';
import type { PauseChoice, TendCommand } from './tend-command.ts';

/** Commands to run, problems to print (catalogue messages), and whether usage was asked for. */
interface ParsedCommandLine {
  commands: TendCommand[];
  problems: string[];
  help: boolean;
}

const pauseWords: ReadonlyMap<string, PauseChoice> = new Map(
  Object.entries({
  '30m': '30m',
  '30min': '30m',
  '1h': '1h',
  '60m': '1h',
  '60min': '1h',
  '2h': '2h',
  '120m': '2h',
  '120min': '2h',
  tomorrow: 'tomorrow',
  indefinitely: 'indefinitely',
  } satisfies Record<string, PauseChoice>),
);
const pauseChoicesText = '30m, 1h, 2h, tomorrow, indefinitely';
const breakChoicesText = 'breath, tea, kind';

const tendOptions = new Set(['--pause', '--resume', '--break', '--grounding', '--settings', '--help', '-h']);

/** Keeps what was typed readable in a message. */
function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Parses the user's arguments (without the executable and, in development, the app path). */
export function parseCommandLine(args: readonly string[]): ParsedCommandLine {
  const result: ParsedCommandLine = { commands: [], problems: [], help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!tendOptions.has(name)) {
      if (isForeignSwitch(arg)) continue;
      if (arg.startsWith('-')) result.problems.push(t('cli.unknown-option', { option: shown(arg) }));
      else result.problems.push(t('cli.unexpected', { arg: shown(arg) }));
      continue;
    }
    const takeValue = (): string | null => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = args[i + 1];
      if (next === undefined || next.startsWith('-')) return null;
      i += 1;
      return next;
    };
    switch (name) {
      case '--pause': {
        const value = takeValue();
        const choice = value === null ? undefined : pauseWords.get(value.toLowerCase());
        if (value === null) result.problems.push(t('cli.missing-value', { option: '--pause', choices: pauseChoicesText }));
        else if (choice === undefined) result.problems.push(t('cli.bad-value', { option: '--pause', choices: pauseChoicesText, value: shown(value) }));
        else result.commands.push({ kind: 'pause', choice });
        break;
      }
      case '--break': {
        const value = takeValue();
        const kind = breakKindSchema.safeParse(value?.toLowerCase());
        if (value === null) result.problems.push(t('cli.missing-value', { option: '--break', choices: breakChoicesText }));
        else if (!kind.success) result.problems.push(t('cli.bad-value', { option: '--break', choices: breakChoicesText, value: shown(value) }));
        else result.commands.push({ kind: 'take-break', break: kind.data satisfies BreakKind });
        break;
      }
      case '--resume':
        result.commands.push({ kind: 'resume' });
        break;
      case '--grounding':
        result.commands.push({ kind: 'grounding' });
        break;
      case '--settings':
        result.commands.push({ kind: 'settings' });
        break;
      default:
        result.help = true;
    }
  }
  return result;
}

/** The usage line, for --help and after a problem. */
export function commandLineUsage(): string {
  return t('cli.usage');
}
