/** The timed offer in the break window. */
export const offer = {
  'offer.title': 'A little pause?',
  'offer.subtitle':
    '{count, plural, =1 {If it helps, here is one small thing.} =2 {If it helps, here are two small things.} other {If it helps, here are three small things.}}',
  'offer.breath': 'Breathe',
  'offer.breath.hint': 'one minute',
  'offer.tea': 'Tea',
  'offer.tea.hint': 'a warm cup',
  'offer.kind': 'Kind words',
  'offer.kind.hint': 'a gentle phrase',
  // Kind words in gentle mode (or with every phrase hidden): it opens a small thing to do, and says so.
  'offer.care': 'Something simple',
  'offer.care.hint': 'a small action',
  'offer.not-now': 'Not now',
  'offer.not-now.hint': 'Not now: again in {minutes} min',
  'offer.skip': 'Skip',
  'offer.skip.hint': 'Skip: until the next break',
  'offer.invitation-body': 'Breathe, tea or kind words, if you like. Open it whenever suits you.',
} as const;
