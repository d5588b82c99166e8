/**
 * Imported first by the preview: the demo bridge validates requests with zod as main does, and zod
 * probes for eval while it builds object schemas unless told not to. The page's strict CSP refuses
 * eval and reports the probe as a violation, so zod runs jitless here.
 */
import { z } from 'zod';

z.config({ jitless: true });
