/**
 * `npm run audit:security`: Electronegativity over the built app (out/), offline. Fails on any finding
 * that is not explained in SECURITY.md ("Electronegativity findings") and on any file it cannot parse,
 * since an unparsed file is a blind spot.
 *
 * Three workarounds, each for a limit of Electronegativity 1.10.3 rather than of the app:
 * - It fetches translations (and Electron releases) over the network at start; offline, its HTTP client
 *   throws from a retry timer and kills the process. We stub that client so the fetch fails at once.
 * - It reads only `.js` files, matches `new BrowserWindow(...)` by the bare identifier (our CommonJS
 *   bundles say `new electron.BrowserWindow`), and its Babel cannot parse ES2022 class fields. So main and
 *   preload are bundled again from the same sources for the scan, as ES modules with `electron` external
 *   (identifiers kept) and down-levelled to ES2019. The renderer is scanned as built, but for the class
 *   syntax its Babel lacks (static blocks and class fields, in FormatJS's code since issue #20), which
 *   esbuild writes the older way in the copy it reads; nothing else of the code changes.
 */
import { build, transform } from 'esbuild';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RENDERER_CSP } from '../electron/core/content-security-policy.ts';
import { approvalFor, type Approval } from './audit-approvals.mts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'out');
const electronVersion = (createRequire(import.meta.url)('electron/package.json') as { version: string })
  .version;

/**
 * Findings we accept, each explained in SECURITY.md, keyed to the code they approve (audit-approvals.mts):
 * the same finding in new code fails the audit until it is reviewed and added here.
 */
const accepted: Approval[] = [
  {
    id: 'CSP_GLOBAL_CHECK',
    source: 'renderer/index.html',
    snippet: RENDERER_CSP,
    reason: "csp-evaluator's generic caution on script-src 'self' (JSONP/Angular/uploads): none exist here",
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    source: 'electron/main/system/open-link.ts',
    snippet: 'await shell.openExternal(url);',
    reason: 'open-link.ts opens only ids mapped in main to a fixed https allow-list; fuzzed in tests',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    source: 'electron/main/windows/tend-window.ts',
    snippet: 'preload: deps.paths.preload,',
    reason:
      'the one preload exposes only the typed invoke/on bridge via contextBridge; main re-validates all',
  },
];

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: { name: string };
  sample?: string;
}
interface RunResult {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Issue[];
}

if (!existsSync(join(out, 'main/index.cjs'))) {
  console.error('security audit: build first (npm run build)');
  process.exit(1);
}

const scan = mkdtempSync(join(tmpdir(), 'tend-audit-'));
let failed = false;
try {
  cpSync(join(root, 'package.json'), join(scan, 'package.json'));
  cpSync(join(out, 'renderer'), join(scan, 'renderer'), { recursive: true });
  const assets = join(scan, 'renderer', 'assets');
  for (const name of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const file = join(assets, name);
    const lowered = await transform(readFileSync(file, 'utf8'), {
      loader: 'js',
      format: 'esm',
      supported: {
        'class-static-blocks': false,
        'class-field': false,
        'class-private-field': false,
        'class-private-method': false,
        'class-private-static-field': false,
        'class-private-static-method': false,
        'class-static-field': false,
      },
      logLevel: 'error',
    });
    writeFileSync(file, lowered.code);
  }
  for (const part of ['main', 'preload']) {
    await build({
      entryPoints: [join(root, 'electron', part, 'index.ts')],
      outfile: join(scan, part, 'index.js'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'es2019',
      external: ['electron'],
      logLevel: 'error',
    });
  }

  // Stub the scanner's HTTP client (see above) before loading it.
  const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = moduleWithLoad._load;
  moduleWithLoad._load = function (request: string, ...rest: unknown[]) {
    if (request === 'got') return () => Promise.reject(new Error('Tend audit runs offline'));
    return originalLoad.call(this, request, ...rest);
  };
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity/dist/runner.js') as (
    options: object,
    forCli: boolean,
  ) => Promise<RunResult>;
  const silence = console.log;
  console.log = () => {}; // its offline notices are noise here
  const result = await run(
    {
      input: scan,
      output: undefined,
      isSarif: false,
      customScan: [],
      excludeFromScan: [],
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: true,
      isVerbose: false,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  ).finally(() => {
    console.log = silence;
  });

  for (const e of result.errors) {
    console.log(` FAIL could not parse ${e.file}: ${e.message}`);
    failed = true;
  }
  // The bundles' lines, to find which source file each finding stands in.
  const bundles = new Map(
    ['main/index.js', 'preload/index.js'].map((f) => [f, readFileSync(join(scan, f), 'utf8').split('\n')]),
  );
  const approved = (issue: Issue): Approval | undefined => approvalFor(issue, accepted, bundles);
  for (const issue of result.issues) {
    const ok = approved(issue);
    const where = `${issue.file}:${issue.location.line}`;
    if (ok) {
      console.log(`  ok  ${issue.id} (${issue.severity.name}) ${where}: accepted, ${ok.reason}`);
    } else {
      console.log(
        ` FAIL ${issue.id} (${issue.severity.name}) ${where}: ${issue.description}: ${JSON.stringify(issue.sample ?? '')}`,
      );
      failed = true;
    }
  }
  console.log(
    `Electronegativity ${electronVersion ? `for Electron ${electronVersion}` : ''}: ${result.issues.length} finding(s), ` +
      `${result.issues.filter((i) => !approved(i)).length} unexplained, ${result.errors.length} parse error(s)`,
  );
} finally {
  rmSync(scan, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
