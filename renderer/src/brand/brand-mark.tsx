/**
 * Tend's mark: the sprout of the app icon (resources/icon.svg), same shapes in the same box, drawn
 * inline so nothing is fetched. Its colours come from the theme (brand-mark.css), so it sits well in
 * light and dark. Decorative: it stands beside the words "Tend", so screen readers skip it.
 */
import './brand-mark.css';

/** The sprout on its rounded tile, as in the app icon; `className` sets its size. */
export function BrandMark({ className = '' }: { className?: string }): React.JSX.Element {
  return (
    <svg
      className={`brand-mark ${className}`.trim()}
      viewBox="32 32 448 448"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="brand-mark-tile" x="32" y="32" width="448" height="448" rx="112" />
      <path
        className="brand-mark-stem"
        d="M256 400 C 256 330, 256 280, 256 240"
        strokeWidth="26"
        strokeLinecap="round"
        fill="none"
      />
      <path className="brand-mark-leaf" d="M256 262 C 190 262, 140 220, 132 150 C 200 148, 252 186, 256 262 Z" />
      <path className="brand-mark-leaf-new" d="M256 232 C 300 232, 370 200, 382 118 C 310 118, 262 160, 256 232 Z" />
    </svg>
  );
}
