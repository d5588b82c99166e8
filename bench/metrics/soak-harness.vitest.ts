/**
 * The soak bench harness, run by vitest (harness.vitest.config.mts) for soak-metrics.ts: thirty
 * simulated days through the real main code (harness/soak-run.ts). Writes the figures as
 * JSON to $TEND_BENCH_OUT; the only assertion is that it ran (tests/main/reliability/soak.test.ts holds
 * the budgets as tests).
 */
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runSoak } from '../../harness/soak-run.ts';

it('plays thirty days through the main process', async () => {
  const out = process.env['TEND_BENCH_OUT'];
  if (!out) throw new Error('TEND_BENCH_OUT is not set');
  const started = performance.now();
  const figures = await runSoak({ days: 30 });
  writeFileSync(out, JSON.stringify({ ...figures, wallMs: performance.now() - started }));
  expect(figures.afterLastDay.heapUsed).not.toBeNull();
});
