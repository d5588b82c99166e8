/** Kind words: the starter phrases (spoken in the first person), their headings, and the friend check. */
export const contentPhrases = {
  'content.phrases.title.mindfulness': 'Noticing',
  'content.phrases.title.common-humanity': 'In good company',
  'content.phrases.title.self-kindness': 'On your side',
  'content.phrases.custom-title': 'In your words',
  'content.phrases.custom-error.empty': "There's nothing here yet. A few words are enough.",
  'content.phrases.custom-error.too-long': "That's a little long for the window: up to 90 characters fit.",
  'content.phrases.custom-error.duplicate': 'That phrase is already in your list.',
  'content.phrases.custom-error.unsafe':
    'Some of these characters are hidden controls, not letters. Typing it afresh helps.',

  'content.phrase.hard-right-now.text': 'This is hard right now, and I can notice that.',
  'content.phrase.no-fixing.text': "Something heavy is here. It doesn't need fixing this minute.",
  'content.phrase.not-a-verdict.text': 'Stress is information, not a verdict on me.',
  'content.phrase.feel-not-become.text': 'I can feel this without becoming it.',
  'content.phrase.loud-not-true.text': "This thought is loud. Loud isn't the same as true.",
  'content.phrase.have-a-seat.text': "Whatever I'm feeling can have a seat for a moment.",
  'content.phrase.name-it.text': 'Naming it is enough for now: tired.',
  'content.phrase.name-it.template': 'Naming it is enough for now: {word}.',
  'content.phrase.name-it.word': 'tired',
  'content.phrase.here-now.text': "Feet on the floor, air going in and out. I'm here.",

  'content.phrase.lots-of-people.text': 'Lots of people are stuck on something hard at this very moment.',
  'content.phrase.being-a-person.text': 'Getting things wrong comes with being a person.',
  'content.phrase.not-the-only-one.text': "I'm far from the only one who finds this difficult.",
  'content.phrase.someone-rereading.text':
    "Somewhere, someone else is rereading an email they wish they'd worded differently.",
  'content.phrase.shared-struggle.text': "Struggling doesn't set me apart. It's something I share.",
  'content.phrase.people-i-admire.text': 'People I admire have had days exactly like this.',
  'content.phrase.feeling-behind.text': 'Feeling behind is one of the most common feelings there is.',
  'content.phrase.imperfect-allowed.text': "Imperfect, like everyone else, and that's allowed.",

  'content.phrase.what-would-i-tell.text':
    'If a friend sat here feeling this, what would I tell them? Can I tell me that?',
  'content.phrase.doing-what-i-can.text': "I'm doing what I can with what I have today.",
  'content.phrase.talk-to-myself.text': "May I talk to myself the way I'd talk to someone I care about.",
  'content.phrase.a-little-room.text': 'May I give myself a little room.',
  'content.phrase.rest-unearned.text': 'I can rest before I\'ve "earned" it.',
  'content.phrase.care-and-gentle.text':
    "I can care about doing well and still be gentle with how I'm doing.",
  'content.phrase.next-hour.text': 'May the next hour be a bit easier.',
  'content.phrase.own-side.text': "I'm on my own side.",

  'content.friend.check.title': 'The friend check',
  'content.friend.check.step-1': "Think of something you've said to yourself today.",
  'content.friend.check.step-2': 'Would I say this to a friend?',
  'content.friend.check.step-3': 'What would I say instead? If it fits, it can be for me too.',
} as const;
