/**
 * When offers land, rule by rule (DESIGN.md, the break engine): one scenario per rule with fake time,
 * the expected offers given in minutes since the start. The user is present and touches the keyboard
 * or mouse every 10 s unless the scenario says otherwise, and ignores offers unless it answers them.
 */
import { describe, expect, it } from 'vitest';
import { defaultEngineSettings } from '../../../electron/core/engine/engine-settings.ts';
import type { ScenarioSpec } from './scenario.ts';
import { minutesOf, runScenario } from './scenario.ts';

interface Row extends ScenarioSpec {
  readonly rule: string;
  readonly offers: readonly number[];
}

const rows: Row[] = [
  { rule: 'an offer comes after 45 minutes of work', minutes: 46, offers: [45] },
  { rule: 'a custom interval is honoured', settings: { intervalMin: 20 }, minutes: 21, offers: [20] },
  {
    rule: 'short idle (reading for 4 min) still counts as work',
    activity: { idle: [[20, 24]] },
    minutes: 46,
    offers: [45],
  },
  {
    rule: 'idle for at least awayReset is a natural break: the count restarts on return',
    activity: { idle: [[20, 30]] },
    minutes: 80,
    offers: [75],
  },
  {
    rule: 'a lock of at least awayReset is a natural break',
    events: [
      [20, { type: 'lock' }],
      [27, { type: 'unlock' }],
    ],
    minutes: 78,
    offers: [72],
  },
  {
    rule: 'a short lock changes nothing (the locked minutes just do not count)',
    events: [
      [20, { type: 'lock' }],
      [23, { type: 'unlock' }],
    ],
    minutes: 50,
    offers: [48],
  },
  {
    rule: 'a suspend of at least awayReset is a natural break',
    events: [
      [30, { type: 'suspend' }],
      [40, { type: 'wake' }],
    ],
    minutes: 90,
    offers: [85],
  },
  {
    rule: 'no offer is shown while away, and the return starts a fresh interval',
    activity: { idle: [[40, 60]] },
    minutes: 106,
    offers: [105],
  },
  {
    rule: 'typing at the due moment waits for a lull (idle ≥ 3 s)',
    activity: { typing: [[44, 45 + 20 / 60]] },
    minutes: 46,
    offers: [45.38],
  },
  {
    rule: 'the wait for a lull lasts at most 60 s',
    activity: { typing: [[44, 50]] },
    minutes: 47,
    offers: [46],
  },
  {
    rule: 'not now snoozes for 5 minutes of work',
    answer: { after: 1, event: { type: 'snooze' } },
    minutes: 58,
    offers: [45, 51, 57],
  },
  {
    rule: 'skip waits a full interval',
    answer: { after: 1, event: { type: 'skip' } },
    minutes: 95,
    offers: [45, 91],
  },
  { rule: 'an ignored offer fades after 2 min and counts as not now', minutes: 60, offers: [45, 52, 59] },
  {
    rule: 'an offer the user turns to just before it fades gets its full time again',
    events: [[46.9, { type: 'offerSeen' }]],
    minutes: 62,
    offers: [45, 53.9, 60.9],
  },
  {
    rule: 'turning to an offer that is not up changes nothing',
    events: [[30, { type: 'offerSeen' }]],
    minutes: 60,
    offers: [45, 52, 59],
  },
  {
    rule: 'a custom snooze and offer timeout are honoured',
    settings: { snoozeMin: 10, offerTimeoutMin: 1 },
    minutes: 70,
    offers: [45, 56, 67],
  },
  {
    rule: 'choosing a prompt and finishing it is a break taken: the count restarts',
    events: [
      [45.5, { type: 'choose', kind: 'tea' }],
      [46.5, { type: 'done' }],
    ],
    minutes: 92,
    offers: [45, 91.5],
  },
  {
    rule: 'a pause for an hour holds offers back; its end starts a fresh interval',
    events: [[10, { type: 'pause', choice: '1h' }]],
    minutes: 116,
    offers: [115],
  },
  {
    rule: 'a pause until resumed holds offers back until Resume, which starts a fresh interval',
    events: [
      [40, { type: 'pause', choice: 'indefinitely' }],
      [100, { type: 'resumeBreaks' }],
    ],
    minutes: 146,
    offers: [145],
  },
  {
    rule: 'pausing while an offer is up hides it',
    events: [[45.5, { type: 'pause', choice: 'indefinitely' }]],
    minutes: 120,
    offers: [45],
  },
  {
    rule: 'Resume when not paused changes nothing (no silent restart)',
    events: [[30, { type: 'resumeBreaks' }]],
    minutes: 46,
    offers: [45],
  },
  {
    rule: 'a settings change keeps the work already counted (longer interval)',
    events: [[30, { type: 'settingsChanged', settings: { ...defaultEngineSettings, intervalMin: 60 } }]],
    minutes: 61,
    offers: [60],
  },
  {
    rule: 'a settings change applies at once (shorter interval than the work done)',
    events: [[30, { type: 'settingsChanged', settings: { ...defaultEngineSettings, intervalMin: 20 } }]],
    minutes: 31,
    offers: [30.02],
  },
  {
    rule: 'a manual break is a break taken: the count restarts when it ends',
    events: [
      [30, { type: 'takeBreakNow', kind: 'breath' }],
      [31, { type: 'done' }],
    ],
    minutes: 77,
    offers: [76],
  },
  {
    rule: 'a quiet moment at the due time: the offer shows as soon as the check answers',
    busy: [[10, 20]],
    minutes: 46,
    offers: [45.02],
  },
  {
    rule: 'a busy moment (a call, DND) holds a due offer until the first check after it ends',
    busy: [[40, 60.5]],
    minutes: 62,
    offers: [61.02],
  },
  {
    rule: 'a break held for 90 minutes goes quietly, and the next comes a full interval later',
    busy: [[40, 400]],
    settings: { checksBusy: true },
    minutes: 200,
    offers: [],
  },
  {
    rule: 'after a long hold has gone, a quiet moment brings the next offer an interval on',
    busy: [[40, 136]],
    minutes: 182,
    offers: [180.02],
  },
  {
    rule: 'a busy check that is never answered does not hold the break (the answer time, then the offer)',
    busy: [[0, 500]],
    checksUnanswered: true,
    minutes: 46,
    offers: [45.27],
  },
  {
    rule: 'with every signal off, a busy moment is never asked about',
    busy: [[40, 60]],
    settings: { checksBusy: false },
    minutes: 46,
    offers: [45],
  },
  {
    rule: 'a busy moment that begins while an offer is up leaves it be; the next due offer waits for its end',
    busy: [[45.5, 60]],
    answer: { after: 1, event: { type: 'snooze' } },
    minutes: 62,
    offers: [45.02, 60.04],
  },
];

describe('break engine: when offers land', () => {
  it.each(rows)('$rule', (row) => {
    const sim = runScenario(row);
    expect(minutesOf(sim, 'showOffer')).toEqual(row.offers);
  });
});
