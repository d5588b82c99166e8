/** Where the content comes from (CONTENT.md §4). Internal only: never shown in the app. */
export const sources = {
  seedBackdraft: 'seed:000_0b63c0e38a88bad6.txt',
  seedBehavioural: 'seed:001_c68eb395d4e9fc37.txt',
  seedEarned: 'seed:002_17e00b7b3c1fe43a.txt',
  seedComponents: 'seed:003_695cec03f87baca1.txt',
  seedPhrases: 'seed:004_43d67d06cb5dc425.txt',
  lehrer2014: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4104929',
  laborde2022: 'https://doi.org/10.1016/j.neubiorev.2022.104711',
  laborde2021: 'https://doi.org/10.3390/su13147775',
  balban2023: 'https://doi.org/10.1016/j.xcrm.2022.100895',
  nhsNoHold: 'https://rethinkyourmind.co.uk/the-lpt-nhs-yellow-book-2017-18/inc/html/49.html',
  headspaceBreathFocus: 'http://www.getsomeheadspace.com/pages/faqs/faqqa.aspx?gid=1904&cid=269&fid=28',
  solesOfTheFeet: 'https://managestress.ca/soles-of-the-feet-grounding-exercise/',
  solesForBackdraft: 'https://insighttimer.com/eqness/guided-meditations/soles-of-the-feet-3',
  fiveSenses: 'https://www.urmc.rochester.edu/behavioral-health-partners/bhp-blog/february-2023/anxiety.aspx',
  fiveSensesStopEarly: 'https://alanrutherfordlpc.com/resources/5-4-3-2-1-grounding-technique',
  supportiveTouch:
    'https://greatergood.berkeley.edu/podcasts/item/happiness_break_self_compassionate_touch_kristen_neff',
  wcagMotion: 'https://w3.org/WAI/WCAG22/Techniques/css/C39',
  selfCompassionBreak: 'https://self-compassion.org/exercises/exercise-2-self-compassion-break/',
  scbModerateDifficulty: 'https://mobile.anghami.com/episode/1053545614',
  rain: 'https://www.tarabrach.com/category/rain/',
} as const;
