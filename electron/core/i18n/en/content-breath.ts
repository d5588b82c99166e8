/** Breath patterns: titles, the lines shown with the pacer, the phase words and the first-use note. */
export const contentBreath = {
  'content.breath.first-use': 'Stop if you feel dizzy or light-headed, and breathe as you usually do.',
  'content.breath.phase.in': 'Breathe in',
  'content.breath.phase.top-up': 'A little more',
  'content.breath.phase.hold-full': 'Hold',
  'content.breath.phase.out': 'Breathe out',
  'content.breath.phase.hold-empty': 'Pause',

  'content.breath.natural.title': 'Just notice',
  'content.breath.natural.step-1': 'Let your breath be as it is. No need to change it.',
  'content.breath.natural.step-2': 'Just notice the air coming in and going out.',

  'content.breath.easy-7.title': 'Easy breathing',
  'content.breath.easy-7.step-1': 'Follow the circle and the words: in, then out.',
  'content.breath.easy-7.step-2': 'About seven easy breaths in a minute. Nothing to force.',

  'content.breath.even-5-5.title': 'Even breathing',
  'content.breath.even-5-5.step-1': 'Follow the circle and the words: in for five, out for five.',
  'content.breath.even-5-5.step-2': 'If this feels slow, Easy breathing is a little quicker.',

  'content.breath.longout-4-6.title': 'Longer out-breath',
  'content.breath.longout-4-6.step-1': 'Follow the circle and the words: in for four, out for six.',
  'content.breath.longout-4-6.step-2': 'Let the out-breath be soft and unhurried.',

  'content.breath.sigh.title': 'Slow sigh',
  'content.breath.sigh.step-1': 'Breathe in through your nose.',
  'content.breath.sigh.step-2': 'Take a small extra sip of air, still through your nose.',
  'content.breath.sigh.step-3': 'Let it go slowly through your mouth, like a long sigh.',

  'content.breath.box-4.title': 'Box breathing',
  'content.breath.box-4.step-1': 'Follow the circle and the words, four counts at a time.',
  'content.breath.box-4.step-2': 'When the circle rests, hold gently, or keep breathing if you prefer.',
} as const;
