/**
 * What a user can ask of Tend from outside its windows: the tray menu and the command line produce the
 * same commands, and main carries them out in one place.
 */
import type { LongerPracticeId } from './content/content-ids.ts';
import type { BreakKind } from './settings/settings-schema.ts';

/** The pause lengths the tray and `--pause` offer. */
export type PauseChoice = '30m' | '1h' | '2h' | 'tomorrow' | 'indefinitely';

/** One request from the tray or the command line. */
export type TendCommand =
  | { kind: 'pause'; choice: PauseChoice }
  | { kind: 'resume' }
  | { kind: 'take-break'; break: BreakKind }
  | { kind: 'grounding' }
  // A longer practice by name (tray and the settings window; issue #21).
  | { kind: 'longer'; practice: LongerPracticeId }
  // The standing offer's window (the tray line "A little pause is ready"; tray only).
  | { kind: 'offer' }
  | { kind: 'settings' }
  | { kind: 'quit' };
