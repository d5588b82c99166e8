/**
 * The settings window checks its fields with zod. Unless told to run jitless, zod probes for eval the
 * first time it parses, and the strict CSP (no 'unsafe-eval') refuses the probe with a console error in
 * the real window. Imported first by start.tsx, so it runs before any chunk that carries zod; the config
 * object is changed in place because every zod copy on the page reads the same one.
 */
const g = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(g.__zod_globalConfig ??= {}).jitless = true;
