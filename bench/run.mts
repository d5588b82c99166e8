/**
 * `npm run bench`: measures every metric source and prints a table; `-- --json` prints one JSON object
 * of named metrics instead. Exits non-zero if a figure is over its budget.
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

const over = results.filter((m) => m.budget !== undefined && m.value > m.budget);
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
if (over.length) {
  console.error(`Over budget: ${over.map((m) => m.name).join(', ')}`);
  process.exit(1);
}
