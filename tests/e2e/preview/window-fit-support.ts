/**
 * Measuring whether a break or grounding screen fits its fixed-size window (issue #18): the page's boxes
 * are read in one pass and judged here, so a failure names the text or control that spilled. The node
 * project that type-checks tests/e2e has no DOM types, so the page functions reach the few DOM members
 * they use through the small interfaces below.
 */
import type { Page } from '@playwright/test';

/** A box in viewport pixels (CSS px of the zoomed page). */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface DomBox extends Box {
  width: number;
  height: number;
}
interface DomElement {
  tagName: string;
  textContent: string | null;
  parentElement: DomElement | null;
  children: Iterable<DomElement>;
  scrollWidth: number;
  clientWidth: number;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  getBoundingClientRect(): DomBox;
  closest(selector: string): DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}
interface DomText {
  data: string;
  parentElement: DomElement | null;
}
interface FitGlobals {
  innerWidth: number;
  innerHeight: number;
  document: {
    activeElement: DomElement | null;
    scrollingElement: { scrollWidth: number } | null;
    querySelector(selector: string): DomElement | null;
    createTreeWalker(root: DomElement, whatToShow: number): { nextNode(): DomText | null };
    createRange(): { selectNodeContents(node: DomText): void; getBoundingClientRect(): DomBox };
  };
  getComputedStyle(element: DomElement): { position: string };
}

/** What one pass over the screen saw: every box that matters, named for the failure message. */
interface Measured {
  viewport: { width: number; height: number };
  pageScrollWidth: number;
  main: Box & { scrollWidth: number; clientWidth: number };
  /** The screen's own blocks in order (main's children in the flow), each with what is drawn inside it. */
  blocks: { name: string; box: Box; inside: { name: string; box: Box }[] }[];
  /** Each run of text and the box it must stay in (its button, or the screen). */
  texts: { text: string; box: Box; within: Box }[];
  pacer: Box | null;
  /** Words and controls the breath circle must keep clear of. */
  besidePacer: { name: string; box: Box }[];
}

/** Reads the screen's boxes (page side). */
function measure(): Measured {
  const g = globalThis as unknown as FitGlobals;
  const main = g.document.querySelector('main');
  if (!main) throw new Error('no <main> on the page');
  const name = (e: DomElement): string =>
    `${e.tagName.toLowerCase()}${(e.getAttribute('class') ?? '').replace(/(^|\s+)(?=\S)/g, '.')}`;
  // Drawn at all: not empty, and not inside a 1-pixel visually-hidden box (sr-only, the unfocused switch).
  const shown = (e: DomElement): boolean => {
    for (let at: DomElement | null = e; at && at !== main; at = at.parentElement) {
      const r = at.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) return false;
    }
    return true;
  };
  const box = (e: DomElement): Box => {
    const { left, right, top, bottom } = e.getBoundingClientRect();
    return { left, right, top, bottom };
  };
  const blocks = [...main.children]
    .filter((c) => shown(c) && !['absolute', 'fixed'].includes(g.getComputedStyle(c).position))
    .map((c) => ({
      name: name(c),
      box: box(c),
      inside: [...c.querySelectorAll('*')].filter(shown).map((e) => ({ name: name(e), box: box(e) })),
    }));
  const texts: Measured['texts'] = [];
  const walker = g.document.createTreeWalker(main, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.data.trim() || !shown(parent)) continue;
    const range = g.document.createRange();
    range.selectNodeContents(node);
    const { left, right, top, bottom } = range.getBoundingClientRect();
    texts.push({
      text: node.data.trim().slice(0, 24),
      box: { left, right, top, bottom },
      within: box(parent.closest('button') ?? main),
    });
  }
  const pacer = main.querySelector('.pacer-area');
  return {
    viewport: { width: g.innerWidth, height: g.innerHeight },
    pageScrollWidth: g.document.scrollingElement?.scrollWidth ?? 0,
    main: { ...box(main), scrollWidth: main.scrollWidth, clientWidth: main.clientWidth },
    blocks,
    texts,
    pacer: pacer ? box(pacer) : null,
    besidePacer: [...main.querySelectorAll('h1, p, button, .progress')]
      .filter((e) => shown(e) && !e.closest('.pacer-area'))
      .map((e) => ({ name: name(e), box: box(e) })),
  };
}

const slack = 1;
const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right - slack &&
  b.left < a.right - slack &&
  a.top < b.bottom - slack &&
  b.top < a.bottom - slack;

/** Everything that runs off the window sideways (text, boxes, a horizontal scroll), as readable lines. */
export async function sidewaysSpills(page: Page): Promise<string[]> {
  const m = await page.evaluate(measure);
  const problems: string[] = [];
  if (m.pageScrollWidth > m.viewport.width)
    problems.push(`the page scrolls sideways (${m.pageScrollWidth}px)`);
  if (m.main.scrollWidth > m.main.clientWidth)
    problems.push(`the screen scrolls sideways (${m.main.scrollWidth}px)`);
  const edge = m.main.left + m.main.clientWidth;
  for (const t of m.texts)
    if (t.box.left < t.within.left - slack || t.box.right > Math.min(t.within.right, edge) + slack)
      problems.push(
        `text "${t.text}" runs out of its box (${Math.round(t.box.left)}–${Math.round(t.box.right)})`,
      );
  for (const b of m.blocks)
    for (const e of [b, ...b.inside])
      if (e.box.left < -slack || e.box.right > edge + slack) problems.push(`${e.name} runs off the side`);
  return problems;
}

/** Everything drawn on top of something else: blocks over blocks, content out of its block, the circle over words. */
export async function overlapsOnScreen(page: Page): Promise<string[]> {
  const m = await page.evaluate(measure);
  const problems: string[] = [];
  m.blocks.forEach((b, i) => {
    const next = m.blocks[i + 1];
    if (next && next.box.top < b.box.bottom - slack) problems.push(`${b.name} overlaps ${next.name}`);
    for (const e of b.inside)
      if (e.box.top < b.box.top - slack || e.box.bottom > b.box.bottom + slack)
        problems.push(`${e.name} spills out of ${b.name}`);
  });
  const pacer = m.pacer;
  if (pacer)
    for (const e of m.besidePacer)
      if (overlaps(pacer, e.box)) problems.push(`the breath circle overlaps ${e.name}`);
  return problems;
}

/**
 * Tabs through the screen as a keyboard user would and returns each control that, once focused, was not
 * wholly inside the window; also the controls Tab never reached. Both lists are empty when all is well.
 */
export async function unreachableByTab(page: Page): Promise<string[]> {
  const count = await page.evaluate(() => {
    const g = globalThis as unknown as FitGlobals;
    const all = [
      ...(g.document
        .querySelector('main')
        ?.querySelectorAll('button:not(:disabled), [href], input, [tabindex]:not([tabindex="-1"])') ?? []),
    ];
    all.forEach((e, i) =>
      e.setAttribute('data-fit', `${i + 1} "${(e.textContent ?? '').trim().slice(0, 24)}"`),
    );
    return all.length;
  });
  const reached = new Set<string>();
  const problems: string[] = [];
  for (let i = 0; i < count * 2 + 2 && reached.size < count; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const g = globalThis as unknown as FitGlobals;
      const e = g.document.activeElement;
      const id = e?.getAttribute('data-fit');
      if (!e || !id) return null;
      const { left, right, top, bottom } = e.getBoundingClientRect();
      return { id, box: { left, right, top, bottom }, width: g.innerWidth, height: g.innerHeight };
    });
    if (!focused || reached.has(focused.id)) continue;
    reached.add(focused.id);
    const { box, width, height } = focused;
    if (box.top < -slack || box.left < -slack || box.bottom > height + slack || box.right > width + slack)
      problems.push(
        `control ${focused.id} is out of view when focused (top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)})`,
      );
  }
  if (reached.size < count) problems.push(`Tab reached ${reached.size} of ${count} controls`);
  return problems;
}

/** Puts `word` after every run of text on the screen, as a language with long compounds might (page side). */
export async function lengthenEveryText(page: Page, word: string): Promise<void> {
  await page.evaluate((w) => {
    const g = globalThis as unknown as FitGlobals;
    const main = g.document.querySelector('main');
    if (!main) return;
    const walker = g.document.createTreeWalker(main, 4 /* NodeFilter.SHOW_TEXT */);
    const nodes: DomText[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.data.trim()) nodes.push(node);
    for (const node of nodes) node.data = `${node.data} ${w}`;
  }, word);
}
