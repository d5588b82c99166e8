/** The friend check (the reverse golden rule, CONTENT.md §2e): mental, so it waits for an opt-in. */
import { sources } from './content-sources.ts';
import type { FriendCheckItem } from './item-schema.ts';

/** "Would I say this to a friend? What would I say instead?" */
export const friendCheck: FriendCheckItem = {
  id: 'friend.check',
  kind: 'friend-check',
  title: 'content.friend.check.title',
  steps: [
    { text: 'content.friend.check.step-1' },
    { text: 'content.friend.check.step-2' },
    { text: 'content.friend.check.step-3' },
  ],
  durationSec: 60,
  modality: 'mental',
  component: 'selfKindness',
  backdraftSafe: false,
  // It turns toward the inner critic, so not for timed breaks.
  intensity: 2,
  requires: [],
  alternatives: [],
  a11y: { reducedMotionVariant: 'not-needed', srAnnouncements: 'steps', audioCue: 'none', hapticCue: false },
  sources: [sources.seedEarned],
};
