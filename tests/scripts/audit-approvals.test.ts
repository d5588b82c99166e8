/**
 * The security audit's approvals are keyed to the code they approve: the same finding in new code, in
 * another file or on a changed line is not covered, so it fails the audit.
 */
import { describe, expect, it } from 'vitest';
import { approvalFor, normaliseSnippet, sourceOf, type Approval } from '../../scripts/audit-approvals.mts';

const approvals: Approval[] = [
  { id: 'OPEN_EXTERNAL_JS_CHECK', source: 'electron/main/system/open-link.ts', snippet: 'await shell.openExternal(url);', reason: 'allow-list' },
  { id: 'CSP_GLOBAL_CHECK', source: 'renderer/index.html', snippet: "default-src 'none'", reason: 'reviewed' },
];

const bundle = [
  '// electron/main/system/open-link.ts',
  'async function open(url2) {',
  '    await shell3.openExternal(url2);',
  '}',
  '',
  '// electron/main/new-feature.ts',
  'async function share(url3) {',
  '    await shell3.openExternal(url3);',
  '}',
];
const bundles = new Map([['main/index.js', bundle]]);
const finding = (line: number, sample: string) => ({ id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.js', location: { line }, sample });

describe('audit approvals', () => {
  it('cover the reviewed line in its own source file, whatever names the bundler gave it', () => {
    expect(approvalFor(finding(3, '    await shell3.openExternal(url2);'), approvals, bundles)?.source).toBe('electron/main/system/open-link.ts');
  });

  it('do not cover the same finding in new code in another source file', () => {
    expect(approvalFor(finding(8, '    await shell3.openExternal(url3);'), approvals, bundles)).toBeUndefined();
  });

  it('do not cover a changed line in the approved file', () => {
    expect(approvalFor(finding(3, 'await shell3.openExternal(userUrl);'), approvals, bundles)).toBeUndefined();
  });

  it('do not cover another check on the approved line', () => {
    expect(approvalFor({ ...finding(3, 'await shell3.openExternal(url2);'), id: 'PRELOAD_JS_CHECK' }, approvals, bundles)).toBeUndefined();
  });

  it('match files scanned as they are (the page) by their own name and the exact policy', () => {
    const csp = { id: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', location: { line: 5 } };
    expect(approvalFor({ ...csp, sample: "default-src  'none'" }, approvals, bundles)).toBeDefined();
    expect(approvalFor({ ...csp, sample: "default-src 'none'; script-src 'unsafe-inline'" }, approvals, bundles)).toBeUndefined();
  });

  it('read the source file from the nearest module comment above the line', () => {
    expect(sourceOf(bundle, 8)).toBe('electron/main/new-feature.ts');
    expect(sourceOf(['x'], 1)).toBeNull();
    expect(normaliseSnippet('  await   shell12.openExternal(url2) ')).toBe('await shell.openExternal(url)');
  });
});
