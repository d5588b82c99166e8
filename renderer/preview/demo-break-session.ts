/**
 * The break-session half of the demo bridge: the break and grounding channels answered in-page by the
 * real break-session core, as main will answer them, with the session state kept here.
 */
import {
  anotherPhrase,
  chooseView,
  fallbackChoice,
  groundingView,
  hidePhrase,
  initialSessionState,
  keepPhrase,
  needChoice,
  notRight,
  offerView,
  type BreakSessionState,
  type SessionContext,
  type SessionSettingsPatch,
} from '../../electron/core/break-session/index.ts';
import { afterFallback, type LocalDay, type Rng } from '../../electron/core/content/index.ts';
import type {
  BreakView,
  InvokeChannel,
  OfferKind,
  RequestOf,
  ResponseOf,
} from '../../electron/core/ipc-contract.ts';
import type { Settings } from '../../electron/core/settings/settings-schema.ts';

/** How the preview starts, usually from the page's query string (see demo-options.ts). */
export interface DemoSessionOptions {
  rng: Rng;
  today: LocalDay;
  occasion: SessionContext['occasion'];
  /** What break:current answers: the offer (default), a prompt as if started from the tray, or nothing. */
  open: 'offer' | OfferKind | 'none';
  /** Start with gentle mode on, as if "This doesn't feel right" was used earlier today. */
  gentle: boolean;
  /** The dizziness line has been seen already. */
  breathIntroShown: boolean;
}

type BreakChannel =
  | 'break:current'
  | 'break:choose'
  | 'break:not-right'
  | 'break:another'
  | 'break:favourite'
  | 'break:hide-phrase'
  | 'break:fallback'
  | 'break:need'
  | 'grounding:current';

/** Answers for the break-session channels. */
export type BreakAnswers = { [C in BreakChannel & InvokeChannel]: (request: RequestOf<C>) => ResponseOf<C> };

/** The session's answers, reading and saving settings through `settings`. */
export function demoBreakSession(
  options: DemoSessionOptions,
  settings: { get(): Settings; save(patch: SessionSettingsPatch): void },
): { answers: BreakAnswers; state(): BreakSessionState } {
  const fresh = initialSessionState(options.today);
  let state: BreakSessionState = {
    ...fresh,
    breathIntroShown: options.breathIntroShown,
    fallback: options.gentle ? afterFallback(fresh.fallback, options.today).memory : fresh.fallback,
  };
  const ctx = (): SessionContext => ({
    settings: settings.get(),
    today: options.today,
    occasion: options.occasion,
  });
  /** Keeps the new state and hands back the view. */
  const step = <V extends BreakView>(next: { view: V; state: BreakSessionState }): V => {
    state = next.state;
    return next.view;
  };
  const answers: BreakAnswers = {
    'break:current': () => {
      if (options.open === 'none') return null;
      if (options.open === 'offer') return offerView(ctx());
      return step(chooseView(options.open, state, { ...ctx(), occasion: 'manual' }, options.rng));
    },
    'break:choose': ({ kind }) => step(chooseView(kind, state, ctx(), options.rng)),
    'break:not-right': () => step(notRight(state, ctx())),
    'break:another': () => step(anotherPhrase(state, ctx(), options.rng)),
    'break:favourite': ({ phraseId, keep }) => {
      settings.save(keepPhrase(phraseId, keep, settings.get()));
      return null;
    },
    'break:hide-phrase': ({ phraseId }) => {
      const hidden = hidePhrase(phraseId, state, ctx(), options.rng);
      settings.save(hidden.settingsPatch);
      return step(hidden);
    },
    'break:fallback': ({ choice }) => step(fallbackChoice(choice, state, ctx())),
    'break:need': ({ need }) => step(needChoice(need, state, ctx())),
    'grounding:current': () => groundingView(ctx()),
  };
  return { answers, state: () => state };
}
