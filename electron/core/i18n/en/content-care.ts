/** Care actions: small outward things to do, offered in gentle mode and by the needs check-in. */
export const contentCare = {
  'content.care.stretch.title': 'A slow stretch',
  'content.care.stretch.step-1': 'Seated or standing, whichever suits you.',
  'content.care.stretch.step-2': 'Roll your shoulders slowly, or reach your arms up.',
  'content.care.stretch.step-3': 'Let your hands drop and notice how they feel.',

  'content.care.settle.title': 'Settle into the room',
  'content.care.settle.step-1': 'Sit back so the chair supports your back.',
  'content.care.settle.step-2': 'Let your eyes find the door, a window, the walls.',
  'content.care.settle.step-3': 'Notice what is solid and staying put around you.',

  'content.care.wrap-up.title': 'Something warm',
  'content.care.wrap-up.step-1': 'Put on a jumper, or wrap something soft around your shoulders.',
  'content.care.wrap-up.step-2': 'Or hold a warm mug in both hands for a while.',

  'content.care.fresh-air.title': 'A little fresh air',
  'content.care.fresh-air.step-1': 'Step outside, or open a window wide.',
  'content.care.fresh-air.step-2': 'Feel the air on your face and hands.',
  'content.care.fresh-air.step-3': 'Stay as long as you like.',

  'content.care.message.title': 'Message someone you trust',
  'content.care.message.step-1': 'Send a few words to someone you trust.',
  'content.care.message.step-2': 'It can be as short as "rough afternoon".',
  'content.care.message.step-3': 'Their reply can come whenever it comes.',

  'content.care.quiet.title': 'Some quiet for a while',
  'content.care.quiet.step-1': 'If you can, turn on Do Not Disturb for 15 minutes.',
  'content.care.quiet.step-2': 'Close a door or put on headphones, if that helps.',
  'content.care.quiet.step-3': 'Messages will still be there later.',

  'content.care.food-or-water.title': 'Something to eat or drink',
  'content.care.food-or-water.step-1': 'Get a glass of water or a small snack.',
  'content.care.food-or-water.step-2': 'Have it away from the screen, at your own pace.',

  'content.care.tiny-step.title': 'One tiny next step',
  'content.care.tiny-step.step-1': 'Think of the smallest next step, small enough to feel easy.',
  'content.care.tiny-step.step-2': 'If you like, do just that one thing.',
  'content.care.tiny-step.step-3': "Then see how you feel. That's plenty for now.",
} as const;
