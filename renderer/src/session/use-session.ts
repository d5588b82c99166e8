/**
 * The window's session: which screen is up, and the actions screens call. What to show comes from main
 * (or the preview's demo bridge) through the IPC contract; the transitions between screens live here.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { nextGrounding, type InvitedPracticeId, type Need } from '../../../electron/core/content/index.ts';
import type { IpcResult } from '../../../electron/core/ipc-channels.ts';
import type { BreakView, FallbackChoiceId, Look, OfferKind } from '../../../electron/core/ipc-contract.ts';
import { getBridge } from '../bridge.ts';
import { askFirstView, type InitialView, type WindowKind } from './initial-view.ts';

/** Where focus goes when a screen appears: nowhere (the timed offer), its heading, or its main control. */
export type FocusOnShow = 'none' | 'heading' | 'primary';

/** What the window shows. */
export type Screen =
  | { name: 'loading' }
  | { name: 'view'; view: BreakView; n: number; focus: FocusOnShow; hidden: boolean }
  | { name: 'closing'; look: Look | null }
  | { name: 'problem'; look: Look | null }
  /** Main has been told the window is done with; nothing more happens here. */
  | { name: 'closed'; look: Look | null };

/** What screens can ask for. */
export interface SessionActions {
  choose: (kind: OfferKind) => void;
  notNow: () => void;
  skip: () => void;
  /** The prompt is over: show the short close, which dismisses itself. */
  done: () => void;
  /** Close the window now. */
  close: () => void;
  /** Stop a prompt: the short close in the break window; the grounding window simply closes. */
  stop: () => void;
  notRight: () => void;
  another: () => void;
  /** Opens the short practice the kind words screen invites to. */
  practice: (id: InvitedPracticeId) => void;
  keep: (phraseId: string, keep: boolean) => void;
  hide: (phraseId: string) => void;
  fallback: (choice: FallbackChoiceId | 'close') => void;
  need: (need: Need) => void;
}

/** The grounding window opens focused, ready for Enter; the timed offer never takes focus. */
const firstFocus = (kind: WindowKind): FocusOnShow => (kind === 'grounding' ? 'primary' : 'none');

const defaultLook: Look = { theme: 'system', reducedMotion: 'system' };
const lookOf = (screen: Screen): Look | null =>
  screen.name === 'view' ? screen.view.look : screen.name === 'loading' ? null : screen.look;

/**
 * The session of one window: its screen and its actions. `initial` is the first view when it was asked
 * for before mounting (initial-view.ts); it is used by the first render only.
 */
export function useSession(
  kind: WindowKind,
  initial: InitialView | null,
): { screen: Screen; actions: SessionActions } {
  // Taken once: a later `initial` (or none) must not redraw or re-ask what this window already shows.
  const [first] = useState(() => (initial?.kind === kind ? initial.result : null));
  const [screen, setScreen] = useState<Screen>(() => {
    if (!first) return { name: 'loading' };
    if (!first.ok) return { name: 'problem', look: null };
    return first.value
      ? { name: 'view', view: first.value, n: 0, focus: firstFocus(kind), hidden: false }
      : { name: 'loading' };
  });
  const current = useRef(screen);
  useLayoutEffect(() => {
    current.current = screen;
  });
  const seq = useRef(0);

  const show = useCallback((view: BreakView, focus: FocusOnShow, hidden = false) => {
    seq.current += 1;
    setScreen({ name: 'view', view, n: seq.current, focus, hidden });
  }, []);

  /** Runs a request; answers that arrive after the user moved on are dropped. */
  const ask = useCallback(<T>(request: Promise<IpcResult<T>>, then: (value: T) => void) => {
    const asked = seq.current;
    request.then(
      (result) => {
        if (seq.current !== asked) return;
        if (result.ok) then(result.value);
        else setScreen({ name: 'problem', look: lookOf(current.current) });
      },
      () => {
        setScreen({ name: 'problem', look: lookOf(current.current) });
      },
    );
  }, []);

  useEffect(() => {
    const bridge = getBridge();
    if (!first) {
      ask(askFirstView(kind), (view) => {
        if (view) show(view, firstFocus(kind));
      });
    }
    const offView = bridge.on('break:view', (view) => show(view, 'none'));
    const offNext = bridge.on('grounding:next', () => {
      const now = current.current;
      const look = lookOf(now) ?? defaultLook;
      const at = now.name === 'view' && now.view.view === 'grounding' ? now.view.itemId : null;
      show({ view: 'grounding', itemId: nextGrounding(at).id, look }, 'heading');
    });
    return () => {
      offView();
      offNext();
    };
  }, [kind, first, ask, show]);

  const actions = useMemo<SessionActions>(() => {
    /** Tells main once, then the window is done with (main closes or hides it). */
    const leave = (request: () => Promise<unknown>): void => {
      if (current.current.name === 'closed') return;
      seq.current += 1;
      const closed: Screen = { name: 'closed', look: lookOf(current.current) };
      current.current = closed;
      setScreen(closed);
      void request();
    };
    const close = (): void => {
      leave(() =>
        kind === 'grounding' ? getBridge().invoke('window:close') : getBridge().invoke('break:done'),
      );
    };
    const done = (): void => {
      if (current.current.name === 'closed') return;
      seq.current += 1;
      setScreen({ name: 'closing', look: lookOf(current.current) });
    };
    return {
      choose: (offerKind) =>
        ask(getBridge().invoke('break:choose', { kind: offerKind }), (v) => show(v, 'heading')),
      notNow: () => leave(() => getBridge().invoke('break:not-now')),
      skip: () => leave(() => getBridge().invoke('break:skip')),
      done,
      close,
      stop: kind === 'grounding' ? close : done,
      notRight: () => {
        const now = current.current;
        // Only prompts carry the link; the fallback's first words follow the prompt it was pressed on.
        if (now.name !== 'view' || now.view.view === 'offer' || now.view.view === 'fallback') return;
        const from = now.view.view;
        // Everything stops at once: the prompt leaves the screen before main has even answered.
        show({ view: 'fallback', notes: [], from, look: now.view.look }, 'heading');
        ask(getBridge().invoke('break:not-right', { from }), (v) => {
          setScreen((s) => (s.name === 'view' && s.view.view === 'fallback' ? { ...s, view: v } : s));
        });
      },
      another: () => ask(getBridge().invoke('break:another'), (v) => show(v, 'heading')),
      practice: (practiceId) => ask(getBridge().invoke('break:practice', { practiceId }), (v) => show(v, 'heading')),
      keep: (phraseId, keep) => {
        setScreen((s) =>
          s.name === 'view' && s.view.view === 'kind' ? { ...s, view: { ...s.view, favourite: keep } } : s,
        );
        void getBridge().invoke('break:favourite', { phraseId, keep });
      },
      hide: (phraseId) =>
        ask(getBridge().invoke('break:hide-phrase', { phraseId }), (v) => show(v, 'heading', true)),
      fallback: (choice) => {
        if (choice === 'close') close();
        else ask(getBridge().invoke('break:fallback', { choice }), (v) => show(v, 'heading'));
      },
      need: (need) => ask(getBridge().invoke('break:need', { need }), (v) => show(v, 'heading')),
    };
  }, [kind, ask, show]);

  return { screen, actions };
}
