/** Whatever the user does, in any order, every view fits the IPC contract and the state stays plain JSON. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anotherPhrase,
  chooseView,
  fallbackChoice,
  hidePhrase,
  initialSessionState,
  needChoice,
  notRight,
  type BreakSessionState,
  type BreakView,
} from '../../../electron/core/break-session/index.ts';
import { breakViewSchema } from '../../../electron/core/break-session/break-view-schema.ts';
import { needs, seededRng } from '../../../electron/core/content/index.ts';
import { validSettings } from '../../support/settings-arbitrary.ts';
import { ctx } from './session-support.ts';

const action = fc.oneof(
  fc.record({
    type: fc.constant('choose' as const),
    kind: fc.constantFrom('breath' as const, 'tea' as const, 'kind' as const),
  }),
  fc.record({ type: fc.constant('another' as const) }),
  fc.record({ type: fc.constant('hide' as const) }),
  fc.record({ type: fc.constant('not-right' as const) }),
  fc.record({
    type: fc.constant('fallback' as const),
    choice: fc.constantFrom('feet' as const, 'look' as const, 'drink' as const, 'breathe' as const),
  }),
  fc.record({ type: fc.constant('need' as const), need: fc.constantFrom(...needs) }),
);

describe('a break session', () => {
  it('only ever produces views that fit the contract, and a state that survives JSON', () => {
    fc.assert(
      fc.property(
        validSettings,
        fc.array(action, { maxLength: 12 }),
        fc.integer(),
        fc.integer({ min: 0, max: 3 }),
        (settings, actions, seed, dayOffset) => {
          const rng = seededRng(seed);
          let state: BreakSessionState = initialSessionState('2025-03-10');
          let current: BreakView | null = null;
          let s = settings;
          for (const [i, a] of actions.entries()) {
            const c = ctx(s, { today: `2025-03-1${String(Math.min(9, Math.floor(i / 4) + dayOffset))}` });
            let step: { view: BreakView; state: BreakSessionState };
            switch (a.type) {
              case 'choose':
                step = chooseView(a.kind, state, c, rng);
                break;
              case 'another':
                step = anotherPhrase(state, c, rng);
                break;
              case 'hide': {
                if (current?.view !== 'kind') continue;
                const hidden = hidePhrase(current.phraseId, state, c, rng);
                s = { ...s, ...hidden.settingsPatch };
                step = hidden;
                break;
              }
              case 'not-right':
                step = notRight(state, c, 'tea');
                break;
              case 'fallback':
                step = fallbackChoice(a.choice, state, c);
                break;
              case 'need':
                step = needChoice(a.need, state, c);
                break;
            }
            const parsed = breakViewSchema.safeParse(step.view);
            expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
            expect(JSON.parse(JSON.stringify(step.state))).toEqual(step.state);
            state = step.state;
            current = step.view;
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
