/** Carries out a TendCommand (from the tray menu or the command line). */
import type { EngineInput } from '../../core/engine/index.ts';
import type { TendCommand } from '../../core/tend-command.ts';

interface CommandDeps {
  /** The engine's send. */
  send: (input: EngineInput) => void;
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
        deps.send({ type: 'pause', choice: command.choice });
        return;
      case 'resume':
        deps.send({ type: 'resumeBreaks' });
        return;
      case 'take-break':
        deps.send({ type: 'takeBreakNow', kind: command.break });
        return;
      case 'grounding':
        deps.send({ type: 'takeBreakNow', kind: 'grounding' });
        return;
      case 'longer':
        deps.send({ type: 'takeBreakNow', kind: command.practice });
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
