/**
 * The content area's public API: the catalogue, selection, grounding order, breath timelines, custom
 * phrases and the fallback's memory. Zod-free, so the renderer can import it; schemas and validation
 * live in item-schema.ts, catalogue-schema.ts, content-settings-schema.ts and validate-catalogue.ts.
 */
export { catalogue, allItems, itemById } from './catalogue.ts';
export * from './content-ids.ts';
export { breathFirstUse, phaseLabels } from './breath-patterns.ts';
export {
  breathItem,
  breathPattern,
  breathTimeline,
  breathKeyframes,
  type BreathTimeline,
  type TimedPhase,
} from './breath-timeline.ts';
export { nextGrounding } from './grounding.ts';
export { fallback, needsCheckin } from './fallback.ts';
export {
  afterFallback,
  isGentleMode,
  leaveGentleMode,
  initialFallbackMemory,
  type FallbackMemory,
  type LocalDay,
} from './fallback-memory.ts';
export {
  checkPhraseText,
  customPhraseErrors,
  isCustomPhrase,
  newCustomPhrase,
  phraseText,
  tidyPhraseText,
  type CustomPhrase,
  type CustomPhraseError,
} from './custom-phrase.ts';
export {
  allowed,
  defaultContentSettings,
  rememberShown,
  selectPrompt,
  type ContentSettings,
  type SelectableKind,
  type Selection,
  type SelectionContext,
  type ShownHistory,
} from './selection.ts';
export { seededRng, type Rng } from './rng.ts';
export type {
  BreathItem,
  BreathPattern,
  BreathPhase,
  CareActionItem,
  ContentItem,
  ContentStep,
  FriendCheckItem,
  GroundingItem,
  NeedsCheckinItem,
  NeedsOption,
  PhraseItem,
  TeaItem,
} from './item-schema.ts';
export type { Catalogue, Fallback, FallbackChoice } from './catalogue-schema.ts';
