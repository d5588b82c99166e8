/** The break window's own words around the content: controls, the pacer, the tea timer, kind words, the close. */
export const breakUi = {
  'break.done': 'Done',
  'break.close.title': "That's it for now.",
  'break.close.body': 'Back to things whenever you like.',
  'break.close.now': 'Close',

  'break.announce': 'Screen reader: say each breath in and out',
  'break.breath.pause': 'Pause',
  'break.breath.resume': 'Resume',
  'break.breath.stop': 'Stop',
  'break.breath.paused': 'Paused',
  'break.breath.count': 'Breath {n} of {total}',
  'break.breath.seconds': '{n}',
  'break.breath.progress': 'The minute so far',
  'break.breath.unpaced-progress': '{seconds} s of 60',

  'break.tea.back': "I'm back",
  'break.tea.timer-start': 'Start a 3-minute timer',
  'break.tea.timer-stop': 'Stop the timer',
  'break.tea.timer-left': 'About {minutes} min left',
  'break.tea.timer-last-minute': 'Under a minute left',
  'break.tea.timer-done': 'Three minutes are up. No rush.',

  'break.kind.another': 'Another one',
  'break.kind.keep': 'Keep this one',
  'break.kind.hide': 'Hide this phrase',
  'break.kind.hidden': 'Hidden. Settings can bring it back.',
  'break.kind.practice': 'Or try: {title}',
  'break.letter.label': 'Your letter, if you like',
  'break.letter.hint': 'It goes when this closes, unless you keep it.',
  'break.letter.keep': 'Keep it as a file',
  'break.letter.filename': 'a-letter-to-myself.txt',

  'break.care.another': 'Something else',

  'break.fallback.back': 'Back',
  // The fallback's normalising line (content.fallback.normalise speaks of kindness) after a prompt with
  // no kind words in it: the breath, or a tea, care or grounding step.
  'break.fallback.normalise-breath':
    "That happens. Paying attention to the breath can feel uneasy at first. It's common and doesn't mean you did it wrong.",
  'break.fallback.normalise-pause':
    "That happens. Slowing down can stir up old feelings at first. It's common and doesn't mean you did it wrong.",
  'break.unavailable': "Tend couldn't open that just now. Closing this is always fine.",
} as const;
