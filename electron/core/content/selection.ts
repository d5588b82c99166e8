/**
 * Which item to show. Pure: the caller passes the settings, the history of what was shown, whether gentle
 * mode is on, and the randomness.
 *
 * Rules:
 * - No repeats: an item shown in the last 5 of its kind is not shown again while anything else fits.
 *   (With fewer than 6 items that fit, it avoids as many of the most recent as it can.)
 * - Timed breaks use intensity-1 items only; a break the user starts themselves may use any intensity.
 * - Mental items (kind words, the friend check) are off unless the user opted in. Opting in is a
 *   deliberate act of the user for this pick: choosing "Kind words" (on the offer or in the tray), or
 *   "another one" on the kind words screen. Nothing else opts in: Tend never shows mental content
 *   unasked, so the offer itself only ever names the choice.
 * - Gentle mode (after "This doesn't feel right", until the end of that local day) offers only
 *   backdraft-safe items and no mental ones at all, whatever the opt-in: phrases return null, and the
 *   kind words slot can offer a care action instead.
 * - Phrases: the user's own phrases join the pool; hidden phrases (library or own) never show.
 *   Favourites (kept with the heart) weigh `favouriteWeight` times as much as other phrases among
 *   those that may show: chosen more often, never only them, and the no-repeat rule still comes first.
 * - Practices (the warm-up, the Self-Compassion Break, the friend check) follow the same gates: mental,
 *   so only with the opt-in and never in gentle mode; at timed breaks only the intensity-1 warm-up.
 *   The longer practices are never picked here: they open only when the user asks for one by name.
 * - Breath: the user's default pattern from settings, not a random one. Box breathing only if opted
 *   in (else the app default), holds removed when the holds toggle is off; in gentle mode a pattern
 *   that is not backdraft-safe gives way to the unpaced minute.
 */
import { appDefaultBreath, boxBreath, noRepeatWindow, unpacedBreath, type BreathId } from './content-ids.ts';
import { breathItem, breathPattern } from './breath-timeline.ts';
import { careActions } from './care-actions.ts';
import type { CustomPhrase } from './custom-phrase.ts';
import { friendCheck } from './friend-check.ts';
import type {
  BreathItem,
  BreathPattern,
  CareActionItem,
  FriendCheckItem,
  PhraseItem,
  ScbItem,
  TeaItem,
  WarmupItem,
} from './item-schema.ts';
import { invitedPractices } from './practices.ts';
import { phrases } from './phrases.ts';
import { pickWeighted, type Rng } from './rng.ts';
import { teaPrompts } from './tea-prompts.ts';

/** The content preferences selection reads (kept by the settings store). */
export interface ContentSettings {
  defaultBreath: BreathId;
  /** Box breathing is opt-in. */
  boxBreathing: boolean;
  /** Whether box breathing keeps its holds. */
  boxHolds: boolean;
  customPhrases: readonly CustomPhrase[];
  /** Ids of library or custom phrases the user hid. */
  hiddenPhrases: readonly string[];
  /** Ids of library or custom phrases the user kept as favourites. */
  favouritePhrases: readonly string[];
}

/** How many times as likely a favourite phrase is as another (issue #21: more often, never only). */
export const favouriteWeight = 3;

/** What the app starts with. */
export const defaultContentSettings: ContentSettings = {
  defaultBreath: appDefaultBreath,
  boxBreathing: false,
  boxHolds: true,
  customPhrases: [],
  hiddenPhrases: [],
  favouritePhrases: [],
};

/** The kinds selectPrompt picks from (grounding goes in a fixed order: see nextGrounding). */
export type SelectableKind = 'breath' | 'tea' | 'phrase' | 'care-action' | 'friend-check' | 'practice';

/** The last few ids shown per kind, oldest first. A plain value for the caller to keep and store. */
export type ShownHistory = Partial<Record<SelectableKind, string[]>>;

/** Everything a pick depends on apart from randomness. */
export interface SelectionContext {
  /** 'timed' for a scheduled break, 'manual' for one the user started. */
  occasion: 'timed' | 'manual';
  /** Gentle mode is on (the fallback was used earlier today). */
  gentle: boolean;
  /** The user asked for mental content with this pick (see the rules above). */
  mentalOptIn: boolean;
  settings: ContentSettings;
  history: ShownHistory;
}

interface PickOf {
  breath: { item: BreathItem; pattern: BreathPattern };
  tea: { item: TeaItem };
  phrase: { item: PhraseItem | CustomPhrase };
  'care-action': { item: CareActionItem };
  'friend-check': { item: FriendCheckItem };
  practice: { item: ScbItem | WarmupItem | FriendCheckItem };
}

/** A pick, and the history with it remembered. */
export type Selection<K extends SelectableKind> = PickOf[K] & { history: ShownHistory };

/** `history` with `id` remembered as the latest of `kind`, keeping the last 5. */
export function rememberShown(history: ShownHistory, kind: SelectableKind, id: string): ShownHistory {
  const recent = (history[kind] ?? []).filter((shown) => shown !== id);
  return { ...history, [kind]: [...recent, id].slice(-noRepeatWindow) };
}

/**
 * Something from `pool` not among the latest shown, avoiding as many of them as the pool allows; among
 * those, drawn in proportion to `weight` (1 each unless given).
 */
function pickFresh<T extends { id: string }>(
  pool: readonly T[],
  recent: readonly string[],
  rng: Rng,
  weight: (item: T) => number = () => 1,
): T | undefined {
  const latest = recent.slice(-noRepeatWindow);
  for (let avoid = Math.min(latest.length, pool.length - 1); avoid >= 0; avoid--) {
    const skip = new Set(latest.slice(latest.length - avoid));
    const fresh = pool.filter((item) => !skip.has(item.id));
    if (fresh.length > 0) return fresh[pickWeighted(fresh.map(weight), rng)];
  }
  return undefined;
}

type Gate = Pick<TeaItem, 'backdraftSafe' | 'modality' | 'intensity'>;

/** Whether an item may be offered at all in this context (also what lets a practice open: practice-views.ts). */
export function allowed(item: Gate, ctx: SelectionContext): boolean {
  if (ctx.gentle && (!item.backdraftSafe || item.modality === 'mental')) return false;
  if (item.modality === 'mental' && !ctx.mentalOptIn) return false;
  return ctx.occasion !== 'timed' || item.intensity === 1;
}

function phrasePool(ctx: SelectionContext): (PhraseItem | CustomPhrase)[] {
  // The user's own words count as gentle (intensity 1) and mental: they follow the same gates.
  if (!allowed({ backdraftSafe: false, modality: 'mental', intensity: 1 }, ctx)) return [];
  const hidden = new Set(ctx.settings.hiddenPhrases);
  return [...phrases.filter((p) => allowed(p, ctx)), ...ctx.settings.customPhrases].filter(
    (p) => !hidden.has(p.id),
  );
}

function breathFor(ctx: SelectionContext): PickOf['breath'] {
  const { defaultBreath, boxBreathing, boxHolds } = ctx.settings;
  const chosen = breathItem(defaultBreath === boxBreath && !boxBreathing ? appDefaultBreath : defaultBreath);
  const item = ctx.gentle && !chosen.backdraftSafe ? breathItem(unpacedBreath) : chosen;
  return { item, pattern: breathPattern(item.id, { holds: boxHolds }) };
}

function pick<K extends Exclude<SelectableKind, 'breath'>>(
  kind: K,
  pool: readonly PickOf[K]['item'][],
  ctx: SelectionContext,
  rng: Rng,
  weight?: (item: PickOf[K]['item']) => number,
) {
  const item = pickFresh(pool, ctx.history[kind] ?? [], rng, weight);
  return item && { item, history: rememberShown(ctx.history, kind, item.id) };
}

/** An item of `kind` for this context, or null when nothing may be shown (e.g. phrases in gentle mode). */
export function selectPrompt<K extends SelectableKind>(
  kind: K,
  ctx: SelectionContext,
  rng: Rng,
): Selection<K> | null {
  const choose = (): Selection<SelectableKind> | undefined => {
    switch (kind) {
      case 'breath': {
        const b = breathFor(ctx);
        return { ...b, history: rememberShown(ctx.history, 'breath', b.item.id) };
      }
      case 'tea':
        return pick(
          'tea',
          teaPrompts.filter((i) => allowed(i, ctx)),
          ctx,
          rng,
        );
      case 'phrase': {
        const favourites = new Set(ctx.settings.favouritePhrases);
        return pick('phrase', phrasePool(ctx), ctx, rng, (p) => (favourites.has(p.id) ? favouriteWeight : 1));
      }
      case 'care-action':
        return pick(
          'care-action',
          careActions.filter((i) => allowed(i, ctx)),
          ctx,
          rng,
        );
      case 'friend-check':
        return pick(
          'friend-check',
          [friendCheck].filter((i) => allowed(i, ctx)),
          ctx,
          rng,
        );
      case 'practice':
        return pick(
          'practice',
          [...invitedPractices, friendCheck].filter((i) => allowed(i, ctx)),
          ctx,
          rng,
        );
    }
    return undefined;
  };
  return (choose() as Selection<K> | undefined) ?? null;
}
