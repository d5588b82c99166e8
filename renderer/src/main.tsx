/**
 * Renderer entry, kept small (issue #17): when the page already holds its offer's markup (the break
 * window, first-view-page.ts), the page paints that before React's code is even run, and the app starts
 * a frame later; other windows start at once. The stylesheets are imported here, so the built page
 * links them (and the break page has them inline) rather than loading them with the app's code.
 */
import { FIRST_VIEW_ELEMENT_ID } from '../../electron/core/first-paint.ts';
import './styles.css';

/**
 * Resolves once the page's first contentful paint is recorded, or after 150 ms if it never is (a window
 * that does not paint while hidden): React's code then loads and compiles after that paint, not
 * against it, which on a busy two-core machine measurably delayed it (bench renderer.offerFcpRatio).
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, 150);
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      clearTimeout(timer);
      done();
    }).observe({ type: 'paint', buffered: true });
  });
}

// The break page loads this script async (first-view-page.ts), so it may run before the page is parsed.
if (document.readyState === 'loading')
  await new Promise((parsed) => document.addEventListener('DOMContentLoaded', parsed, { once: true }));
const painted = document.getElementById(FIRST_VIEW_ELEMENT_ID) && document.getElementById('root')?.firstElementChild;
if (painted) await afterFirstPaint();
await import('./start.tsx');
