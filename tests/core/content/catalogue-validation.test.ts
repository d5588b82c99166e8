/**
 * The whole catalogue passes its schema and cross-item checks, and each check really bites: a copy of
 * the catalogue broken in one way is reported for exactly that.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../electron/core/content/catalogue.ts';
import type { Catalogue } from '../../../electron/core/content/catalogue-schema.ts';
import { validateCatalogue } from '../../../electron/core/content/validate-catalogue.ts';

function broken(change: (c: Catalogue) => void): string[] {
  const copy = structuredClone(catalogue);
  change(copy);
  return validateCatalogue(copy);
}

describe('the content catalogue', () => {
  it('is valid as shipped', () => {
    expect(validateCatalogue(catalogue)).toEqual([]);
  });

  it.each<[string, (c: Catalogue) => void, RegExp]>([
    [
      'a title longer than 40 characters',
      (c) => (c.tea[0]!.title = 'content.fallback.normalise'),
      /at most 40/,
    ],
    [
      'a step longer than 90 characters',
      (c) => (c.grounding[0]!.steps[0]!.text = 'content.fallback.therapist-note'),
      /at most 90/,
    ],
    [
      'a key that is not in the message catalogue',
      (c) => ((c.tea[0] as { title: string }).title = 'content.tea.nope'),
      /Not a message key/,
    ],
    ['two items with the same id', (c) => (c.tea[1]!.id = c.tea[0]!.id), /used twice/],
    [
      'an alternative that does not exist',
      (c) => (c.tea[0]!.alternatives = ['tea.nowhere']),
      /tea\.nowhere, which does not exist/,
    ],
    [
      'an alternative with the same requirement',
      (c) => (c.tea[0]!.alternatives = ['tea.steep']),
      /also needs kitchen/,
    ],
    [
      'a breath pattern far from a minute',
      (c) => (c.breath.patterns[1]!.pattern.cycles = 10),
      /not 60 ± 10 s/,
    ],
    [
      'a duration that disagrees with the pattern',
      (c) => (c.breath.patterns[2]!.durationSec = 55),
      /does not match the pattern/,
    ],
    [
      'a bpm that disagrees with the cycle',
      (c) => (c.breath.patterns[2]!.pattern.bpm = 7),
      /bpm 7 does not match/,
    ],
    [
      'holds in something marked backdraft-safe',
      (c) => (c.breath.patterns[5]!.backdraftSafe = true),
      /holds is never backdraft-safe/,
    ],
    [
      'a holds pattern without the holds toggle',
      (c) => (c.breath.patterns[5]!.pattern.holdsToggle = false),
      /need a toggle/,
    ],
    [
      'a phrase marked backdraft-safe',
      (c) => (c.phrases.items[0]!.backdraftSafe = true),
      /mental item is never backdraft-safe/,
    ],
    ['an id with the wrong prefix', (c) => (c.tea[0]!.id = 'drink.kettle'), /look like tea\.name/],
    ['step times that do not add up', (c) => (c.grounding[0]!.durationSec = 50), /add up to 60 s/],
    ['a kitchen prompt with no alternative', (c) => (c.tea[0]!.alternatives = []), /no at-desk alternative/],
    [
      'breath as the first fallback choice',
      (c) =>
        c.fallback.choices.unshift({
          id: 'breathe',
          label: 'content.fallback.choice.breathe',
          opens: 'breath.easy-7',
        }),
      /never the first/,
    ],
    [
      'a fallback choice leading to a phrase',
      (c) => (c.fallback.choices[2]!.opens = 'phrase.own-side'),
      /not backdraft-safe/,
    ],
    [
      'a need leading to two things',
      (c) => c.needsCheckin.options[0]!.suggestIds.push('care.stretch'),
      /options\.0\.suggestIds/,
    ],
    [
      'a need leading nowhere',
      (c) => (c.needsCheckin.options[0]!.suggestIds = ['care.nowhere']),
      /does not exist/,
    ],
    ['grounding out of shortcut order', (c) => c.grounding.reverse(), /grounding: order/],
    ['a missing breath pattern', (c) => c.breath.patterns.pop(), /breath: patterns are/],
    [
      'a word template that drifts from its phrase',
      (c) => (c.phrases.items[6]!.word!.default = 'content.phrases.title.mindfulness'),
      /differs from the phrase/,
    ],
    [
      'a longer practice marked as light as a timed break',
      (c) => (c.practices.longer[0]!.intensity = 1),
      /A longer practice is intensity 3/,
    ],
    [
      'a practice that is not tagged as mental',
      (c) => (c.practices.invited[0]!.modality = 'sensory'),
      /the practices are mental/,
    ],
    [
      'a practice marked backdraft-safe',
      (c) => (c.practices.invited[0]!.backdraftSafe = true),
      /never backdraft-safe/,
    ],
    ['a practice the views do not know', (c) => c.practices.invited.pop(), /practices: invited are/],
    ['a longer practice missing', (c) => c.practices.longer.pop(), /practices: longer are/],
    [
      'a place to write past the last step',
      (c) => (c.practices.longer[1]!.writeStep = 9),
      /writeStep 9 is past its 4 steps/,
    ],
  ])('reports %s', (_, change, expected) => {
    const problems = broken(change);
    expect(problems.join('\n')).toMatch(expected);
  });
});
