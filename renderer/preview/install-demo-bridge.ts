/**
 * Installs the demo bridge as window.tend (and window.tendDemo for tests), with options from the query
 * string. Imported before the renderer, so the bridge is in place when the renderer's modules run.
 */
import { createDemoBridge } from './demo-bridge.ts';
import { demoOptionsFrom } from './demo-options.ts';

// Settings last as long as the tab (sessionStorage), so a reload shows what was saved, as a restart of Tend would.
const settingsKey = 'tend-preview-settings';
const bridge = createDemoBridge(demoOptionsFrom(window.location.search), {
  load: () => sessionStorage.getItem(settingsKey),
  save: (text) => sessionStorage.setItem(settingsKey, text),
});
window.tend = bridge;
(window as unknown as { tendDemo: typeof bridge }).tendDemo = bridge;
