/**
 * Checks the whole catalogue: each part against its schema (shape, lengths of the English text, the
 * rules of every item), then the rules across items (unique ids, links that resolve, the fallback's
 * safety). Returns the problems as readable lines; an empty list means all is well.
 */
import { t } from '../i18n/t.ts';
import { allItems } from './catalogue.ts';
import { catalogueSchema, type Catalogue } from './catalogue-schema.ts';
import {
  appDefaultBreath,
  breathIds,
  groundingIds,
  invitedPracticeIds,
  longerPracticeIds,
  unpacedBreath,
} from './content-ids.ts';
import type { ContentItem } from './item-schema.ts';

/** Problems with `value` as a content catalogue; [] when there are none. */
export function validateCatalogue(value: unknown): string[] {
  const parsed = catalogueSchema.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  return crossChecks(parsed.data);
}

function crossChecks(cat: Catalogue): string[] {
  const problems: string[] = [];
  const items = allItems(cat);
  const byId = new Map<string, ContentItem>();
  for (const item of items) {
    if (byId.has(item.id)) problems.push(`${item.id}: the id is used twice.`);
    byId.set(item.id, item);
  }
  const exists = (from: string, id: string): ContentItem | undefined => {
    const found = byId.get(id);
    if (!found) problems.push(`${from}: points at ${id}, which does not exist.`);
    return found;
  };
  const outward = (from: string, target: ContentItem | undefined): void => {
    if (target && (!target.backdraftSafe || target.modality === 'mental'))
      problems.push(`${from}: ${target.id} is not backdraft-safe.`);
  };

  for (const item of items) {
    for (const altId of item.alternatives) {
      const alt = exists(item.id, altId);
      if (alt?.id === item.id) problems.push(`${item.id}: is its own alternative.`);
      const shared = alt?.requires.filter((r) => item.requires.includes(r)) ?? [];
      if (shared.length > 0)
        problems.push(`${item.id}: alternative ${altId} also needs ${shared.join(', ')}.`);
    }
  }
  for (const tea of cat.tea) {
    if (tea.needsKitchen !== tea.requires.includes('kitchen'))
      problems.push(`${tea.id}: needsKitchen and requires disagree.`);
    if (tea.needsKitchen && tea.alternatives.length === 0)
      problems.push(`${tea.id}: needs a kitchen but has no at-desk alternative.`);
  }

  const { fallback } = cat;
  fallback.choices.forEach((choice) => {
    if (choice.opens) outward(`fallback ${choice.id}`, exists(`fallback ${choice.id}`, choice.opens));
  });
  const firstOpens = fallback.choices[0]?.opens;
  if (firstOpens && byId.get(firstOpens)?.kind === 'breath')
    problems.push('fallback: breath is never the first choice.');
  if (!fallback.choices.some((c) => c.opens === null))
    problems.push('fallback: there is always a way to just close it.');
  if (fallback.needsCheckin !== cat.needsCheckin.id)
    problems.push(`fallback: needs check-in ${fallback.needsCheckin} is not ${cat.needsCheckin.id}.`);
  const needsSeen = new Set<string>();
  for (const option of cat.needsCheckin.options) {
    if (needsSeen.has(option.need)) problems.push(`${cat.needsCheckin.id}: ${option.need} appears twice.`);
    needsSeen.add(option.need);
    for (const id of option.suggestIds)
      outward(`${cat.needsCheckin.id} ${option.need}`, exists(`${cat.needsCheckin.id} ${option.need}`, id));
  }

  const breathOrder = cat.breath.patterns.map((b) => b.id).join(' ');
  if (breathOrder !== breathIds.join(' '))
    problems.push(`breath: patterns are ${breathOrder}, expected ${breathIds.join(' ')}.`);
  for (const id of [appDefaultBreath, unpacedBreath])
    if (byId.get(id)?.backdraftSafe !== true) problems.push(`${id}: must be backdraft-safe.`);
  for (const b of cat.breath.patterns) {
    const holds = b.pattern.phases.some((p) => p.type === 'holdFull' || p.type === 'holdEmpty');
    if (holds && !b.pattern.holdsToggle)
      problems.push(`${b.id}: holds are never required, so they need a toggle.`);
  }
  const groundOrder = cat.grounding.map((g) => g.id).join(' ');
  if (groundOrder !== groundingIds.join(' '))
    problems.push(`grounding: order is ${groundOrder}, expected ${groundingIds.join(' ')}.`);

  for (const p of cat.phrases.items) {
    const first = p.steps[0];
    if (p.word && first && t(p.word.template, { word: t(p.word.default) }) !== t(first.text)) {
      problems.push(`${p.id}: the template with its default word differs from the phrase.`);
    }
  }

  // The practices the views name by id (content-ids.ts) are the ones the catalogue holds.
  const invited = [...cat.practices.invited.map((p) => p.id), cat.friendCheck.id].join(' ');
  if (invited !== invitedPracticeIds.join(' '))
    problems.push(`practices: invited are ${invited}, expected ${invitedPracticeIds.join(' ')}.`);
  const longer = cat.practices.longer.map((p) => p.id).join(' ');
  if (longer !== longerPracticeIds.join(' '))
    problems.push(`practices: longer are ${longer}, expected ${longerPracticeIds.join(' ')}.`);
  for (const p of cat.practices.longer) {
    if (p.writeStep !== null && p.writeStep >= p.steps.length)
      problems.push(`${p.id}: writeStep ${String(p.writeStep)} is past its ${String(p.steps.length)} steps.`);
  }
  return problems;
}
