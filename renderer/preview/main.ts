/** Browser preview entry: installs the demo bridge, then starts the real renderer. */
import { createDemoBridge } from './demo-bridge.ts';

const bridge = createDemoBridge();
window.tend = bridge;
(window as unknown as { tendDemo: typeof bridge }).tendDemo = bridge;
await import('../src/main.tsx');
