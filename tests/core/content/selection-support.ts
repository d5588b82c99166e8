/** Shared builders for the selection tests. */
import {
  defaultContentSettings,
  type ContentSettings,
  type SelectionContext,
} from '../../../electron/core/content/selection.ts';

/** A selection context: a timed break, not gentle, no opt-in, default settings, nothing shown yet. */
export function context(
  over: Partial<SelectionContext> = {},
  settings: Partial<ContentSettings> = {},
): SelectionContext {
  return {
    occasion: 'timed',
    gentle: false,
    mentalOptIn: false,
    history: {},
    ...over,
    settings: { ...defaultContentSettings, ...settings },
  };
}
