/**
 * The 24 starter phrases of CONTENT.md §2c, tagged by component, form and intensity (how far a phrase
 * turns toward pain). Intensity 1 is for timed breaks; 2 names a heavy feeling or the inner critic more
 * directly and waits until the user asks for kind words themselves.
 */
import type { PlainMessageKey } from '../i18n/t.ts';
import type { Component, PhraseForm } from './content-ids.ts';
import { sources } from './content-sources.ts';
import type { PhraseItem } from './item-schema.ts';

const titles: Record<Component, PlainMessageKey> = {
  mindfulness: 'content.phrases.title.mindfulness',
  commonHumanity: 'content.phrases.title.common-humanity',
  selfKindness: 'content.phrases.title.self-kindness',
};

function phrase(
  id: string,
  text: PlainMessageKey,
  component: Component,
  form: PhraseForm,
  intensity: 1 | 2,
  extra: Pick<PhraseItem, 'word'> = {},
): PhraseItem {
  return {
    id,
    kind: 'phrase',
    title: titles[component],
    steps: [{ text }],
    durationSec: 60,
    modality: 'mental',
    component,
    backdraftSafe: false,
    intensity,
    requires: [],
    alternatives: [],
    a11y: { reducedMotionVariant: 'not-needed', srAnnouncements: 'text', audioCue: 'none', hapticCue: false },
    sources: [sources.seedComponents, sources.seedPhrases],
    form,
    ...extra,
  };
}

/** The starter phrases, grouped by component. */
export const phrases: PhraseItem[] = [
  phrase('phrase.hard-right-now', 'content.phrase.hard-right-now.text', 'mindfulness', 'statement', 1),
  phrase('phrase.no-fixing', 'content.phrase.no-fixing.text', 'mindfulness', 'statement', 2),
  phrase('phrase.not-a-verdict', 'content.phrase.not-a-verdict.text', 'mindfulness', 'statement', 1),
  phrase('phrase.feel-not-become', 'content.phrase.feel-not-become.text', 'mindfulness', 'statement', 2),
  phrase('phrase.loud-not-true', 'content.phrase.loud-not-true.text', 'mindfulness', 'statement', 2),
  phrase('phrase.have-a-seat', 'content.phrase.have-a-seat.text', 'mindfulness', 'statement', 1),
  phrase('phrase.name-it', 'content.phrase.name-it.text', 'mindfulness', 'statement', 1, {
    word: { template: 'content.phrase.name-it.template', default: 'content.phrase.name-it.word' },
  }),
  phrase('phrase.here-now', 'content.phrase.here-now.text', 'mindfulness', 'statement', 1),

  phrase('phrase.lots-of-people', 'content.phrase.lots-of-people.text', 'commonHumanity', 'statement', 1),
  phrase('phrase.being-a-person', 'content.phrase.being-a-person.text', 'commonHumanity', 'statement', 1),
  phrase('phrase.not-the-only-one', 'content.phrase.not-the-only-one.text', 'commonHumanity', 'statement', 1),
  phrase(
    'phrase.someone-rereading',
    'content.phrase.someone-rereading.text',
    'commonHumanity',
    'statement',
    1,
  ),
  phrase('phrase.shared-struggle', 'content.phrase.shared-struggle.text', 'commonHumanity', 'statement', 1),
  phrase('phrase.people-i-admire', 'content.phrase.people-i-admire.text', 'commonHumanity', 'statement', 1),
  phrase('phrase.feeling-behind', 'content.phrase.feeling-behind.text', 'commonHumanity', 'statement', 1),
  phrase(
    'phrase.imperfect-allowed',
    'content.phrase.imperfect-allowed.text',
    'commonHumanity',
    'statement',
    1,
  ),

  phrase('phrase.what-would-i-tell', 'content.phrase.what-would-i-tell.text', 'selfKindness', 'question', 2),
  phrase('phrase.doing-what-i-can', 'content.phrase.doing-what-i-can.text', 'selfKindness', 'statement', 1),
  phrase('phrase.talk-to-myself', 'content.phrase.talk-to-myself.text', 'selfKindness', 'wish', 1),
  phrase('phrase.a-little-room', 'content.phrase.a-little-room.text', 'selfKindness', 'wish', 1),
  phrase('phrase.rest-unearned', 'content.phrase.rest-unearned.text', 'selfKindness', 'statement', 1),
  phrase('phrase.care-and-gentle', 'content.phrase.care-and-gentle.text', 'selfKindness', 'statement', 1),
  phrase('phrase.next-hour', 'content.phrase.next-hour.text', 'selfKindness', 'wish', 1),
  phrase('phrase.own-side', 'content.phrase.own-side.text', 'selfKindness', 'statement', 1),
];

/** The heading over a phrase the user wrote themselves. */
export const customPhraseTitle: PlainMessageKey = 'content.phrases.custom-title';
