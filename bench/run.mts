/**
 * `npm run bench`: measures every metric source and prints a table; `-- --json` prints one JSON object
 * of named metrics instead. Exits non-zero if a count or size is over its budget; wall-clock figures
 * (marked `timing`) over budget are shown as OVER and fail the run only with `--strict-timing`, since
 * they vary with the machine's load (CI runs without it; run it with it on a quiet machine).
 */
import type { Metric, MetricSource } from './metric.ts';
import { bundleSize } from './metrics/bundle-size.ts';
import { engineWakeups } from './metrics/engine-wakeups.ts';
import { mainRuntime } from './metrics/main-runtime.ts';
import { rendererBreathScript } from './metrics/renderer-breath-script.ts';
import { rendererFcp } from './metrics/renderer-fcp.ts';
import { soakMetrics } from './metrics/soak-metrics.ts';

const sources: MetricSource[] = [bundleSize, engineWakeups, mainRuntime, rendererFcp, rendererBreathScript, soakMetrics];

const json = process.argv.includes('--json');
const results: Metric[] = [];
for (const source of sources) {
  if (!json) console.error(`measuring: ${source.title}…`);
  results.push(...(await source.measure()));
}

const strictTiming = process.argv.includes('--strict-timing');
const over = results.filter((m) => m.budget !== undefined && m.value > m.budget);
const failing = over.filter((m) => strictTiming || !m.timing);
if (json) {
  console.log(JSON.stringify(Object.fromEntries(results.map((m) => [m.name, m.value])), null, 2));
} else {
  const rows = results.map((m) => [
    m.name,
    String(m.value),
    m.unit,
    m.budget === undefined ? '' : `≤ ${m.budget}`,
    m.budget === undefined ? '' : m.value <= m.budget ? 'ok' : 'OVER',
    m.note ?? '',
  ]);
  const header = ['metric', 'value', 'unit', 'budget', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
if (over.length) console.error(`Over budget: ${over.map((m) => `${m.name}${m.timing ? ' (timing)' : ''}`).join(', ')}`);
if (failing.length) process.exit(1);
