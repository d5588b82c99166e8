/** Shared builders for the break-session tests. */
import type { SessionContext, SessionSettings } from '../../../electron/core/break-session/index.ts';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';

/** A context: default settings (with `over`), a timed break on 2025-03-10. */
export function ctx(
  over: Partial<SessionSettings> = {},
  rest: Partial<Omit<SessionContext, 'settings'>> = {},
): SessionContext {
  return { settings: { ...defaultSettings(), ...over }, today: '2025-03-10', occasion: 'timed', ...rest };
}
