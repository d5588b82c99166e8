/**
 * The pacer's CSS @keyframes, built from the pattern's keyframes (one set per cycle, repeated), so the
 * circle runs on the compositor with transform and opacity only. Rules are added through the CSSOM to
 * a constructed stylesheet, which the strict Content-Security-Policy allows (no inline <style>).
 */
import { breathKeyframes, type BreathPattern } from '../../../electron/core/content/index.ts';

/** Full motion grows and shrinks the circle; calm (reduced motion) keeps its size and changes only its opacity. */
export type PacerMode = 'motion' | 'calm';

const smallest = 0.5;
const round = (n: number): number => Number(n.toFixed(4));

/** The CSS text of one @keyframes rule for `pattern`. */
export function pacerKeyframesCss(name: string, pattern: BreathPattern, mode: PacerMode): string {
  const frames = breathKeyframes(pattern).map(({ offset, level }) => {
    const scale = mode === 'motion' ? round(smallest + (1 - smallest) * level) : 0.86;
    const opacity = mode === 'motion' ? round(0.7 + 0.3 * level) : round(0.4 + 0.6 * level);
    return `${round(offset * 100)}% { transform: scale(${scale}); opacity: ${opacity}; animation-timing-function: ease-in-out; }`;
  });
  return `@keyframes ${name} { ${frames.join(' ')} }`;
}

let sheet: CSSStyleSheet | null | undefined;
const added = new Set<string>();

function pacerSheet(): CSSStyleSheet | null {
  if (sheet !== undefined) return sheet;
  try {
    const made = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, made];
    sheet = made;
  } catch {
    // No constructable stylesheets (e.g. a test DOM): the pacer stays still, and the words still lead.
    sheet = null;
  }
  return sheet;
}

/** The animation name for `pattern` in `mode`, adding its @keyframes to the page the first time. */
export function pacerAnimation(key: string, pattern: BreathPattern, mode: PacerMode): string {
  const name = `tend-pacer-${key.replace(/[^a-z0-9-]/gi, '-')}-${mode}`;
  if (!added.has(name)) {
    pacerSheet()?.insertRule(pacerKeyframesCss(name, pattern, mode));
    added.add(name);
  }
  return name;
}
