/**
 * Runs one bench harness (a vitest file driving the real main code on the fake electron) in its own
 * vitest process and returns the figures it wrote as JSON. Its own output goes to stderr, keeping
 * stdout for the bench table.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Runs `harness` (a path relative to the repo root) and returns the JSON it wrote to TEND_BENCH_OUT. */
export function runHarness(harness: string): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-'));
  const out = join(dir, 'figures.json');
  try {
    const vitest = join(root, 'node_modules/vitest/vitest.mjs');
    const config = join(root, 'bench/metrics/harness.vitest.config.mts');
    const run = spawnSync(process.execPath, [vitest, 'run', '--config', config], {
      cwd: root,
      env: { ...process.env, TEND_BENCH_OUT: out, TEND_BENCH_HARNESS: harness },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      process.stderr.write(run.stdout + run.stderr);
      throw new Error(`bench harness ${harness} failed (exit ${String(run.status)})`);
    }
    return JSON.parse(readFileSync(out, 'utf8')) as unknown;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
