/** The whole content catalogue as one value, and lookups over its items. */
import { breathFirstUse, breathPatterns, phaseLabels } from './breath-patterns.ts';
import { careActions } from './care-actions.ts';
import type { Catalogue } from './catalogue-schema.ts';
import { fallback, needsCheckin } from './fallback.ts';
import { friendCheck } from './friend-check.ts';
import { grounding } from './grounding.ts';
import { invitedPractices, longerPractices } from './practices.ts';
import type { ContentItem } from './item-schema.ts';
import { customPhraseErrors } from './custom-phrase.ts';
import { customPhraseTitle, phrases } from './phrases.ts';
import { teaPrompts } from './tea-prompts.ts';

/** Breath, tea, phrases, grounding, care actions, the needs check-in, the friend check, the practices and the fallback. */
export const catalogue: Catalogue = {
  breath: { patterns: breathPatterns, phaseLabels, firstUse: breathFirstUse },
  tea: teaPrompts,
  phrases: { items: phrases, customTitle: customPhraseTitle, customErrors: customPhraseErrors },
  grounding,
  careActions,
  needsCheckin,
  friendCheck,
  practices: { invited: [...invitedPractices], longer: [...longerPractices] },
  fallback,
};

/** Every item of `cat` (by default the app's catalogue), in catalogue order. */
export function allItems(cat: Catalogue = catalogue): ContentItem[] {
  return [
    ...cat.breath.patterns,
    ...cat.tea,
    ...cat.phrases.items,
    ...cat.grounding,
    ...cat.careActions,
    cat.needsCheckin,
    cat.friendCheck,
    ...cat.practices.invited,
    ...cat.practices.longer,
  ];
}

const byId = new Map<string, ContentItem>(allItems().map((item) => [item.id, item]));

/** The item with this id, if there is one. */
export function itemById(id: string): ContentItem | undefined {
  return byId.get(id);
}
