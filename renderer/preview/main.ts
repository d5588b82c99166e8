/**
 * Browser preview entry: the demo bridge first, then the real renderer. Static imports in this order
 * run in this order, and let the browser fetch every module (and the stylesheet) at once.
 */
import './install-demo-bridge.ts';
import '../src/main.tsx';
