/**
 * `npm run bench`: measures every metric source and prints a table; `-- --json` prints one JSON object
 * of named metrics instead. Exits non-zero if a count or size is over its budget; wall-clock figures
 * (marked `timing`) over budget are shown as OVER and fail the run only with `--strict-timing`, since
 * they vary with the machine's load (CI runs without it; run it with it on a quiet machine).
 * `-- --only <words>` measures only the sources whose title contains those words (case-insensitive).
 */
import type { Metric, MetricSource } from './metric.ts';
import { bundleSize } from './metrics/bundle-size.ts';
import { engineWakeups } from './metrics/engine-wakeups.ts';
import { mainRuntime } from './metrics/main-runtime.ts';
import { rendererBreathScript } from './metrics/renderer-breath-script.ts';
import { rendererFcp } from './metrics/renderer-fcp.ts';
import { rendererOfferSettle } from './metrics/renderer-offer-settle.ts';
import { soakMetrics } from './metrics/soak-metrics.ts';
import { historySize } from './metrics/history-size.ts';
import { mainIdleCpu } from './metrics/main-idle-cpu.ts';

const sources: MetricSource[] = [bundleSize, engineWakeups, mainRuntime, mainIdleCpu, rendererFcp, rendererOfferSettle, rendererBreathScript, soakMetrics, historySize];

const json = process.argv.includes('--json');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt < 0 ? null : (process.argv[onlyAt + 1] ?? '').toLowerCase();
const chosen = only === null ? sources : sources.filter((s) => s.title.toLowerCase().includes(only));
if (chosen.length === 0) {
  console.error(`No benchmark's title contains "${only ?? ''}". Titles: ${sources.map((s) => s.title).join('; ')}`);
  process.exit(2);
}
const results: Metric[] = [];
for (const source of chosen) {
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
