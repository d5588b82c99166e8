/**
 * Installs the demo bridge as window.tend (and window.tendDemo for tests), with options from the query
 * string. Imported before the renderer, so the bridge is in place when the renderer's modules run.
 */
import { pageLocale, switchLocale } from '../src/i18n/load-locale.ts';
import { createDemoBridge } from './demo-bridge.ts';
import { demoOptionsFrom } from './demo-options.ts';

// The language first, as in Tend: main has it before it makes the first view (its words included).
await switchLocale(pageLocale(window.location.search, document.documentElement.lang));

// Settings last as long as the tab (sessionStorage), so a reload shows what was saved, as a restart of Tend would.
const settingsKey = 'tend-preview-settings';
const bridge = createDemoBridge(demoOptionsFrom(window.location.search), {
  load: () => sessionStorage.getItem(settingsKey),
  save: (text) => sessionStorage.setItem(settingsKey, text),
});
window.tend = bridge;
(window as unknown as { tendDemo: typeof bridge }).tendDemo = bridge;
