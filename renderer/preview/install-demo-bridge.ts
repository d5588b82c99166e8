/**
 * Installs the demo bridge as window.tend (and window.tendDemo for tests), with options from the query
 * string. Imported before the renderer, so the bridge is in place when the renderer's modules run.
 */
import './zod-jitless.ts';
import { createDemoBridge } from './demo-bridge.ts';
import { demoOptionsFrom } from './demo-options.ts';

const bridge = createDemoBridge(demoOptionsFrom(window.location.search));
window.tend = bridge;
(window as unknown as { tendDemo: typeof bridge }).tendDemo = bridge;
