/**
 * Tone (CONTENT.md §3): every string in the message catalogue, not only content, is read for guilt and
 * command words. Each entry says why the words are out; matching uses word boundaries, so "shoulders"
 * is fine where "should" is not.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../electron/core/i18n/en/index.ts';

const banned: { words: RegExp; why: string }[] = [
  {
    words: /\bshould(?:n't)?\b/i,
    why: 'obligation: Tend invites, it never tells people what they ought to do',
  },
  { words: /\bmust(?:n't)?\b/i, why: 'a command' },
  { words: /\bought to\b/i, why: 'obligation' },
  { words: /\b(?:have|has|had) to\b/i, why: 'obligation: a break is never a duty' },
  { words: /\byou need to\b/i, why: 'a command dressed up as a need' },
  { words: /\bsupposed to\b/i, why: 'measures people against a standard' },
  { words: /\bmake sure\b/i, why: 'checks up on people' },
  {
    words: /\bfail(?:s|ed|ing|ure|ures)?\b/i,
    why: 'a skipped or stopped break is never a failure (CONTENT.md §2e)',
  },
  { words: /\bmiss(?:ed|es)?\b/i, why: 'no "missed" counters: they are guilt (CONTENT.md §3)' },
  { words: /\bstreaks?\b/i, why: 'streaks and their resets feel like punishment (CONTENT.md §3)' },
  { words: /\bpunish|\bpenalt(?:y|ies)\b/i, why: 'nothing is ever counted against anyone' },
  { words: /\blaz(?:y|iness)\b/i, why: 'fear of laziness is a block to self-compassion (seed 001)' },
  { words: /\bslack(?:ing|er|ers)?\b/i, why: 'self-compassion is not slacking: never hint that it is' },
  { words: /\byou forgot\b|\bforgot to\b/i, why: 'blame' },
  { words: /\bdon't forget\b|\bremember to\b/i, why: 'nagging' },
  { words: /\bbehind schedule\b|\bfalling behind\b|\bwasted\b/i, why: 'judges pace or use of time' },
  {
    words: /\b(?:yet|once) again\b|\bnot again\b|\bagain\s*[?!]/i,
    why: '"again" as a reproach ("Please try again" is fine)',
  },
  { words: /\bdeserve[sd]?\b/i, why: "kindness doesn't have to be earned (seed 002)" },
  { words: /\bcalm down\b|\btry harder\b|\bno excuses?\b/i, why: 'dismissive or drill-sergeant commands' },
  { words: /!/, why: 'no exclamation marks: urgency and cheerleading do not suit a calm break' },
];

function toneProblems(text: string): string[] {
  return banned.filter(({ words }) => words.test(text)).map(({ words, why }) => `${words.source} (${why})`);
}

describe('the tone of every message', () => {
  it('has no guilt or command words anywhere in the catalogue', () => {
    const problems = Object.entries(en).flatMap(([key, text]) =>
      toneProblems(text).map((p) => `${key}: "${text}" → ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it.each([
    'You should take a break.',
    'You must rest now.',
    "You've missed 3 breaks.",
    "Don't lose your streak",
    'Being lazy again?',
    'You forgot to drink water.',
    'You need to stretch.',
    "Don't forget to breathe.",
    'You have to stop.',
    "You're behind schedule.",
    'You deserve a break',
    'Skipping again!',
    'Break failed.',
  ])('catches "%s"', (text) => {
    expect(toneProblems(text)).not.toEqual([]);
  });

  it.each([
    'Roll your shoulders slowly, or reach your arms up.',
    'Something went wrong there. Please try again.',
    'Feeling behind is one of the most common feelings there is.',
    "That request wasn't in the expected shape.",
    'Mustard on toast counts as a snack.',
  ])('lets "%s" through', (text) => {
    expect(toneProblems(text)).toEqual([]);
  });
});
