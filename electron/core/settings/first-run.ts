/** Journey 1: the welcome window, once, on the first start. */
import type { LoadOutcome } from './settings-load.ts';

/** Outcomes of a settings file Tend can trust: anything else (damaged, foreign, unreadable) means it ran here before. */
const trusted: readonly string[] = ['fresh', 'loaded', 'migrated'] satisfies LoadOutcome['kind'][];

/** True when Tend says hello at this start: it never has, and the settings file was not damaged. */
export function welcomesOnStart(outcome: { readonly kind: string }, firstRunDone: boolean): boolean {
  return !firstRunDone && trusted.includes(outcome.kind);
}
