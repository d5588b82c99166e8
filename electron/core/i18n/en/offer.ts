/** The timed offer in the break window. */
export const offer = {
  'offer.title': 'A little pause?',
  'offer.subtitle': 'If it helps, here are three small things.',
  'offer.subtitle-one': 'If it helps, here is one small thing.',
  'offer.subtitle-two': 'If it helps, here are two small things.',
  'offer.breath': 'Breathe',
  'offer.breath.hint': 'one minute',
  'offer.tea': 'Tea',
  'offer.tea.hint': 'a warm cup',
  'offer.kind': 'Kind words',
  'offer.kind.hint': 'a gentle phrase',
  'offer.not-now': 'Not now',
  'offer.skip': 'Skip',
  'offer.invitation-body': 'Breathe, tea or kind words, if you like. Open it whenever suits you.',
} as const;
