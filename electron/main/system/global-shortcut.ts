/**
 * The grounding shortcut (CommandOrControl+Alt+G by default). Registration can fail (another app holds
 * the combination, or it is not a valid accelerator); that becomes a status the tray and the settings
 * window show, never a crash. Changing it re-registers; a press calls `onPress`.
 */
import type { GlobalShortcut } from 'electron';
import type { ShortcutStatus } from '../../core/ipc-contract.ts';
import { acceleratorLabel, parseAccelerator } from '../../core/settings/accelerator.ts';
import type { Logger } from '../app/logger.ts';

/** The registered shortcut and its status. */
export interface GroundingShortcut {
  /** Registers `accelerator` ('' turns the shortcut off) in place of the current one. */
  apply(accelerator: string): ShortcutStatus;
  status(): ShortcutStatus;
  /** Unregisters (at quit). */
  dispose(): void;
}

interface GroundingShortcutOptions {
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>;
  platform: string;
  onPress: () => void;
  logger: Logger;
}

/** A shortcut adapter with nothing registered yet (call apply). */
export function createGroundingShortcut(options: GroundingShortcutOptions): GroundingShortcut {
  const { globalShortcut, logger } = options;
  let registered: string | null = null;
  let current: ShortcutStatus = { accelerator: '', label: '', state: 'off' };

  const press = (): void => {
    try {
      options.onPress();
    } catch (error) {
      logger.error('shortcut: handler threw', error);
    }
  };

  function release(): void {
    if (registered === null) return;
    try {
      globalShortcut.unregister(registered);
    } catch (error) {
      logger.warn('shortcut: could not unregister', error);
    }
    registered = null;
  }

  function register(accelerator: string): ShortcutStatus['state'] {
    if (accelerator === '') return 'off';
    const parsed = parseAccelerator(accelerator);
    if (!parsed.ok) return 'invalid';
    try {
      if (!globalShortcut.register(parsed.normalized, press)) return 'taken';
    } catch (error) {
      logger.warn(`shortcut: ${accelerator} refused`, error);
      return 'invalid';
    }
    registered = parsed.normalized;
    return 'registered';
  }

  return {
    apply(accelerator) {
      if (current.state === 'registered' && current.accelerator === accelerator) return current;
      release();
      const state = register(accelerator);
      if (state === 'taken' || state === 'invalid') logger.warn(`shortcut: ${accelerator} is ${state}`);
      current = { accelerator, label: acceleratorLabel(accelerator, options.platform), state };
      return current;
    },
    status: () => current,
    dispose: release,
  };
}
