// The preview's demo bridge checks requests with zod, as main does. Unless told to run jitless, zod
// probes for eval while it builds schemas, and the page's strict CSP reports the refused probe. A
// classic script runs before every module chunk, and zod reads this object when it loads.
globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };
