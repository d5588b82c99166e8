/** "This doesn't feel right": the way out of any prompt, the needs check-in, and the quiet notes after. */
export const contentFallback = {
  'content.fallback.link': "This doesn't feel right",
  'content.fallback.normalise':
    "That happens. Kindness can stir up old feelings at first. It's common and doesn't mean you did it wrong.",
  'content.fallback.choices-heading': 'Something simple, if it helps:',
  'content.fallback.choice.feet': 'Feel my feet',
  'content.fallback.choice.look': 'Look around',
  'content.fallback.choice.drink': 'Get a drink',
  'content.fallback.choice.breathe': 'Breathe normally',
  'content.fallback.choice.close': 'Just close this',
  'content.fallback.gentle-note': 'Keeping things simple until tomorrow: small things to do instead of kind words.',
  'content.fallback.therapist-note':
    'If this comes up often, a therapist can help you practise at a pace that feels okay. Support links are in Settings.',

  'content.needs.right-now.title': 'Anything you need right now?',
  'content.needs.right-now.step-1': 'Pick one if it helps, or leave it. Either is fine.',
  'content.needs.right-now.safer': 'Safer',
  'content.needs.right-now.comforted': 'Comforted',
  'content.needs.right-now.calmer': 'Calmer',
  'content.needs.right-now.heard': 'Heard',
  'content.needs.right-now.protected': 'Protected',
  'content.needs.right-now.looked-after': 'Looked after',
  'content.needs.right-now.nudge': 'A nudge',
} as const;
