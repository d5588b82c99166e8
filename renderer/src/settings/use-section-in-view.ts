/**
 * Which settings section is in view, so the side nav can mark it: the last section whose heading has
 * reached the upper third of the scrolling page, or the last section once the page is scrolled to its
 * end (a short last section never reaches that line). Worked out on scroll, at most once a frame. A
 * section chosen in the nav is marked at once and stays marked while the page rests where the choice
 * took it: near the end, the page can't bring that section's heading up to the line.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

/** The id of the section in view in `page`, of `ids` (each section's heading is `${id}-heading`). */
export function sectionInView(page: HTMLElement, ids: readonly string[]): string | undefined {
  if (page.scrollTop > 0 && page.scrollTop + page.clientHeight >= page.scrollHeight - 2) return ids.at(-1);
  const box = page.getBoundingClientRect();
  const line = box.top + box.height / 3;
  let found = ids[0];
  for (const id of ids) {
    const heading = document.getElementById(`${id}-heading`);
    if (heading && heading.getBoundingClientRect().top <= line) found = id;
  }
  return found;
}

/** The section in view of the scrolling `page` (once `ready`), and how to mark one chosen in the nav. */
export function useSectionInView(
  ids: readonly string[],
  page: RefObject<HTMLElement | null>,
  ready: boolean,
): { current: string | undefined; choose: (id: string) => void } {
  const [current, setCurrent] = useState(ids[0]);
  const chosen = useRef<{ id: string; scrollTop: number } | null>(null);

  useEffect(() => {
    const scroller = page.current;
    if (!ready || !scroller) return;
    let frame = 0;
    const update = (): void => {
      frame = 0;
      const pinned = chosen.current;
      if (pinned && Math.abs(scroller.scrollTop - pinned.scrollTop) < 2) return;
      chosen.current = null;
      setCurrent(sectionInView(scroller, ids));
    };
    const onScroll = (): void => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [ids, page, ready]);

  const choose = (id: string): void => {
    // Called once the page has scrolled to the section, so this is where the choice left it.
    chosen.current = { id, scrollTop: page.current?.scrollTop ?? 0 };
    setCurrent(id);
  };
  return { current, choose };
}
