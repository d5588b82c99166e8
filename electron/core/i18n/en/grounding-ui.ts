/** The grounding window: one step at a time, next and back, and stopping whenever. */
export const groundingUi = {
  'grounding.step-of': 'Step {n} of {total}',
  'grounding.next': 'Next',
  'grounding.back': 'Back',
  'grounding.finish': 'Finish',
  'grounding.stop': 'Stop',
  'grounding.announce': 'Screen reader: say each new step',
} as const;
