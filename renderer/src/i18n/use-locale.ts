/** The active language as React state: a component that calls this renders again when it changes. */
import { useSyncExternalStore } from 'react';
import type { AnyLocale } from '../../../electron/core/i18n/locales.ts';
import { activeLocale, onLocaleChange } from '../../../electron/core/i18n/t.ts';

/** The active locale; the caller (and so everything it renders) updates when the language changes. */
export function useActiveLocale(): AnyLocale {
  // The same snapshot while hydrating: the break page's markup was rendered in the language now active.
  return useSyncExternalStore(onLocaleChange, activeLocale, activeLocale);
}
