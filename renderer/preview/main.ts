/** Browser preview entry: installs the demo bridge (options from the query string), then starts the real renderer. */
import './zod-jitless.ts';
import { createDemoBridge } from './demo-bridge.ts';
import { demoOptionsFrom } from './demo-options.ts';

const bridge = createDemoBridge(demoOptionsFrom(window.location.search));
window.tend = bridge;
(window as unknown as { tendDemo: typeof bridge }).tendDemo = bridge;
await import('../src/main.tsx');
