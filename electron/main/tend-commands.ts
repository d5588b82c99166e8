/** Carries out a TendCommand (from the tray menu or the command line). */
import type { TendCommand } from '../core/tend-command.ts';
import type { BreakInput } from './break-controller.ts';

export interface CommandDeps {
  input: (input: BreakInput) => void;
  openSettings: () => void;
  /** Opens the standing offer's window, focused (the user asked for it). */
  openOffer?: () => void;
  quit: () => void;
}

/** The one place tray items and `tend --…` arguments turn into actions. */
export function createTendCommands(deps: CommandDeps): (command: TendCommand) => void {
  return (command) => {
    switch (command.kind) {
      case 'pause':
        deps.input({ type: 'pause', choice: command.choice });
        return;
      case 'resume':
        deps.input({ type: 'resumeBreaks' });
        return;
      case 'take-break':
        deps.input({ type: 'takeBreakNow', kind: command.break });
        return;
      case 'grounding':
        deps.input({ type: 'takeBreakNow', kind: 'grounding' });
        return;
      case 'offer':
        deps.openOffer?.();
        return;
      case 'settings':
        deps.openSettings();
        return;
      case 'quit':
        deps.quit();
        return;
    }
  };
}
