/**
 * A small drawing for each thing the offer opens (issue #18, visual identity): a breath of air, a cup
 * with steam, a speech bubble holding a heart, and a leaf for the small action of gentle mode. Hand-drawn
 * on a 24-unit grid as a few strokes in currentColor, so they follow the theme, cost a few hundred bytes
 * in the break route, and render the same on the server (the pre-rendered offer) as in the browser.
 * Decorative only: the button's words name the choice, so the drawings are hidden from screen readers.
 */
import type { OfferView } from '../../../electron/core/ipc-contract.ts';

/** What a choice on the offer opens: Breathe, Tea, Kind words, or in gentle mode a small action. */
export type ChoiceOpens = 'breath' | 'tea' | OfferView['kindOpens'];

// Each drawing as its stroke paths, in the 24×24 box.
const strokes: Record<ChoiceOpens, readonly string[]> = {
  // Three lines of moving air, the outer two curling back like a slow out-breath.
  breath: ['M3 9h10a3 3 0 1 0-3-3', 'M3 13h14a3 3 0 1 1-3 3', 'M3 17h6'],
  // A cup on a saucer with its handle, and two wisps of steam.
  tea: [
    'M5 10h11v3.5a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5z',
    'M16 11.5h1.2a2.3 2.3 0 0 1 0 4.6H15.5',
    'M4 21h14',
    'M9 2.8c-.9 1 .9 2 0 3.2',
    'M12.5 2.8c-.9 1 .9 2 0 3.2',
  ],
  // A speech bubble with a small heart in it: gentle words.
  kind: [
    'M5 4h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-7l-4.5 3.5V17H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z',
    'M12 14c-2.3-1.4-3.6-2.7-3.6-4.1a1.8 1.8 0 0 1 3.6-.5 1.8 1.8 0 0 1 3.6.5c0 1.4-1.3 2.7-3.6 4.1z',
  ],
  // A single leaf with its vein: something small and practical to do.
  care: ['M5 19c0-8 5-14 14-14 0 9-6 14-14 14z', 'M5 19l8-8'],
};

/** The decorative drawing for what a choice opens, sized by its class in the stylesheet. */
export function KindIcon({ opens }: { opens: ChoiceOpens }): React.JSX.Element {
  return (
    <svg
      className="choice-icon"
      data-icon={opens}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {strokes[opens].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
