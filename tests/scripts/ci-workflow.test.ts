/**
 * .github/workflows/ci.yml, checked here since no hosted runner is: Linux (under xvfb), macOS and Windows;
 * Node from .nvmrc; `npm ci`, `npm test` with the Electron specs required, `npm run dist` and the specs
 * of the packaged app, in that order; a read-only token; every action pinned to a version; the test
 * results kept when something fails. Parsed with js-yaml 4, which electron-builder brings along.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = resolve(import.meta.dirname, '../..');
// js-yaml ships no types and is not a direct devDependency: it is hoisted from electron-builder's tree.
const requireCjs = createRequire(import.meta.url);
const yaml = requireCjs('js-yaml') as { load: (text: string) => unknown };

const stepSchema = z
  .object({
    name: z.string().optional(),
    uses: z.string().optional(),
    run: z.string().optional(),
    if: z.string().optional(),
    with: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    env: z.record(z.string(), z.string()).optional(),
  })
  .refine((step) => (step.uses === undefined) !== (step.run === undefined), 'a step has either uses or run');
type Step = z.infer<typeof stepSchema>;

const jobSchema = z.object({
  'runs-on': z.string(),
  'timeout-minutes': z.number().optional(),
  permissions: z.record(z.string(), z.string()).optional(),
  env: z.record(z.string(), z.string()).optional(),
  strategy: z
    .object({
      'fail-fast': z.boolean().optional(),
      matrix: z.object({
        os: z.array(z.string()),
        include: z.array(z.record(z.string(), z.string())).optional(),
      }),
    })
    .optional(),
  steps: z.array(stepSchema).min(1),
});

const workflowSchema = z.object({
  name: z.string(),
  on: z.unknown(),
  permissions: z.record(z.string(), z.string()),
  jobs: z.record(z.string(), jobSchema),
});

const workflowPath = join(root, '.github', 'workflows', 'ci.yml');
const workflow = workflowSchema.parse(yaml.load(readFileSync(workflowPath, 'utf8')));
const jobs = Object.values(workflow.jobs);
const steps = jobs.flatMap((job) => job.steps);

/** The one step whose `run` matches `pattern`, and where it is in its job. */
function stepRunning(pattern: RegExp): { step: Step; index: number } {
  const found = steps
    .map((step, index) => ({ step, index }))
    .filter(({ step }) => step.run !== undefined && pattern.test(step.run));
  expect(found, `one step runs ${String(pattern)}`).toHaveLength(1);
  const [first] = found;
  if (!first) throw new Error(`no step runs ${String(pattern)}`);
  return first;
}

/** The value of `name` in a step's env, else its job's, else the workflow's: what the step sees. */
function envOf(step: Step, name: string): string | undefined {
  const job = jobs.find((j) => j.steps.includes(step));
  return step.env?.[name] ?? job?.env?.[name];
}

describe('.github/workflows/ci.yml', { timeout: 10_000 }, () => {
  it('runs every job on Linux, macOS and Windows, each to the end', () => {
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(job['runs-on']).toBe('${{ matrix.os }}');
      expect(job.strategy?.matrix.os).toEqual(
        expect.arrayContaining(['ubuntu-latest', 'macos-latest', 'windows-latest']),
      );
      expect(job.strategy?.['fail-fast']).toBe(false);
      expect(job['timeout-minutes'], 'a hung run is stopped').toBeGreaterThan(0);
    }
  });

  it('gives the Electron steps a display on Linux (xvfb-run -a) and nothing elsewhere', () => {
    const include = jobs.flatMap((job) => job.strategy?.matrix.include ?? []);
    expect(include.filter((entry) => entry['display'] !== undefined)).toEqual([
      expect.objectContaining({ os: 'ubuntu-latest', display: 'xvfb-run -a' }),
    ]);
    expect(stepRunning(/\bnpm test\b/).step.run).toBe('${{ matrix.display }} npm test');
    expect(stepRunning(/--project packaged/).step.run).toMatch(
      /^\$\{\{ matrix\.display \}\} npm run test:electron -- /,
    );
  });

  it('sets up the Node of .nvmrc with npm’s cache', () => {
    const setups = steps.filter((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setups).toHaveLength(1);
    expect(setups[0]?.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
    expect(existsSync(join(root, '.nvmrc'))).toBe(true);
    expect(readFileSync(join(root, '.nvmrc'), 'utf8').trim()).toMatch(/^\d+/);
  });

  it('checks out, installs, fetches the browsers, tests, packages and tests the package, in that order', () => {
    const checkout = steps.findIndex((step) => step.uses?.startsWith('actions/checkout@'));
    const install = stepRunning(/^npm ci$/).index;
    const chromium = stepRunning(/^npx playwright install --with-deps chromium$/).index;
    const electron = stepRunning(/node_modules\/electron\/install\.js|install-electron/).index;
    const test = stepRunning(/\bnpm test\b/).index;
    const dist = stepRunning(/\bnpm run dist -- --publish never\b/).index;
    const packaged = stepRunning(/--project packaged/).index;
    expect(checkout).toBeGreaterThanOrEqual(0);
    expect([checkout, install, chromium, electron, test, dist, packaged]).toEqual(
      [checkout, install, chromium, electron, test, dist, packaged].toSorted((a, b) => a - b),
    );
    expect(new Set([checkout, install, chromium, electron, test, dist, packaged]).size).toBe(7);
  });

  it('requires the Electron specs: missing binaries fail the run instead of skipping', () => {
    const test = stepRunning(/\bnpm test\b/).step;
    expect(envOf(test, 'TEND_REQUIRE_ELECTRON')).toBe('1');
    const packaged = stepRunning(/--project packaged/).step;
    expect(envOf(packaged, 'TEND_REQUIRE_ELECTRON')).toBe('1');
    expect(envOf(packaged, 'TEND_REQUIRE_PACKAGED')).toBe('1');
    // Only the packaged step: during `npm test` there is no packaged build yet, and its specs skip.
    expect(envOf(test, 'TEND_REQUIRE_PACKAGED')).toBeUndefined();
    // …and the code reading those variables still does.
    expect(readFileSync(join(root, 'scripts', 'test-electron.mts'), 'utf8')).toContain(
      "process.env['TEND_REQUIRE_ELECTRON'] === '1'",
    );
    expect(readFileSync(join(root, 'tests', 'e2e', 'electron', 'launch-packaged.ts'), 'utf8')).toContain(
      "process.env['TEND_REQUIRE_PACKAGED'] === '1'",
    );
  });

  it("runs the browser tests in Playwright's Chromium", () => {
    expect(envOf(stepRunning(/\bnpm test\b/).step, 'TEND_CHROMIUM')).toBe('playwright');
    expect(readFileSync(join(root, 'harness', 'chromium.ts'), 'utf8')).toContain(
      "fromEnv === 'playwright'",
    );
  });

  it('has a read-only token', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of jobs) {
      for (const level of Object.values(job.permissions ?? {})) expect(['read', 'none']).toContain(level);
    }
  });

  it('pins every action to a version', () => {
    const uses = steps.flatMap((step) => (step.uses === undefined ? [] : [step.uses]));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
  });

  it('keeps the test results when something fails', () => {
    const upload = steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload).toHaveLength(1);
    expect(upload[0]?.if).toBe('failure()');
    expect(String(upload[0]?.with?.['path'])).toContain('test-results/');
  });
});
