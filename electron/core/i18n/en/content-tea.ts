/** Tea prompts: small, behavioural, and fine with any drink. */
export const contentTea = {
  'content.tea.kettle.title': 'Kettle break',
  'content.tea.kettle.step-1': 'Switch the kettle on.',
  'content.tea.kettle.step-2': 'While it heats, rest your eyes on something far away.',

  'content.tea.warm-hands.title': 'Warm hands',
  'content.tea.warm-hands.step-1': 'Hold the mug in both hands.',
  'content.tea.warm-hands.step-2': 'Feel its warmth and weight.',
  'content.tea.warm-hands.step-3': 'Take the first sip away from the screen.',

  'content.tea.for-a-friend.title': 'Make it properly',
  'content.tea.for-a-friend.step-1':
    'Make it the way you would for someone you like: the nice mug, the right milk.',
  'content.tea.for-a-friend.step-2': "This one's yours.",

  'content.tea.any-drink.title': 'Any drink counts',
  'content.tea.any-drink.step-1': 'Water, juice or something herbal is just as good.',
  'content.tea.any-drink.step-2': 'Pour it, sip, and notice how it feels.',

  'content.tea.steep.title': 'While it brews',
  'content.tea.steep.step-1': 'Give it the full three minutes, by a window if there is one.',
  'content.tea.steep.step-2': 'The waiting is the break.',

  'content.tea.elsewhere.title': 'Somewhere else',
  'content.tea.elsewhere.step-1': 'Drink it away from the desk, in a doorway or a different chair.',
  'content.tea.elsewhere.step-2': "Come back when it's finished.",
} as const;
