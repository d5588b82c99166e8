/**
 * Short practices (issue #21, CONTENT.md "Other kinds"): the Self-Compassion Break and the warm-up with
 * someone easy, offered inside Kind words; and the longer ones (RAIN, a letter), only when asked for.
 */
export const contentPractices = {
  'content.scb.moment.title': 'A self-compassion break',
  'content.scb.moment.step-1': 'If it helps, bring to mind something a little hard today. Small is plenty.',
  'content.scb.moment.step-2': 'Notice it: this is a hard moment. Say it in your own words, or just "this is hard".',
  'content.scb.moment.step-3': 'Hard moments are part of being human. Others feel this too, in their own way.',
  'content.scb.moment.step-4': 'Offer yourself a kind word, the way you might to a friend. What would help to hear?',
  'content.scb.moment.step-5': 'If it feels right, rest a hand on your chest or arm. Or leave this step out.',

  'content.warmup.easy-someone.title': 'Warm up with someone easy',
  'content.warmup.easy-someone.step-1': 'Think of a pet, or someone easy to like. Picture them for a moment.',
  'content.warmup.easy-someone.step-2': 'Wish them well, in words that fit: may you be happy, may you be at ease.',
  'content.warmup.easy-someone.step-3': 'Notice how wishing them well feels. Whatever you notice is fine.',
  'content.warmup.easy-someone.step-4': 'If you like, turn the same wish toward yourself, even a little.',

  'content.longer.rain.title': 'RAIN, a few slow minutes',
  'content.longer.rain.step-1': 'Recognise: what is here right now? A feeling, a thought, a tightness. Name it softly.',
  'content.longer.rain.step-2': 'Allow: let it be here for a while. Nothing needs fixing or pushing away.',
  'content.longer.rain.step-3': 'Look gently: where do you feel it in your body? What might it need?',
  'content.longer.rain.step-4': 'Nurture: offer yourself what it needs. A kind word, a hand on your heart.',
  'content.longer.rain.step-5': 'Rest for a few breaths in whatever is here now. That is the whole practice.',

  'content.longer.letter.title': 'A letter to yourself',
  'content.longer.letter.step-1': 'Think of something you are hard on yourself about. Something small is plenty.',
  'content.longer.letter.step-2': 'Picture a friend who likes you as you are. What would they see?',
  'content.longer.letter.step-3': 'Write to yourself as that friend would: warm, honest and on your side.',
  'content.longer.letter.step-4': 'Read it back slowly. If some of it feels untrue for now, that is okay.',
} as const;
