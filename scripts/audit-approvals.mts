/**
 * Which Electronegativity findings are approved. Each approval names the check, the source file the
 * finding stands in and the line of code it approves, so the same finding anywhere else, or a changed
 * line in the same file, is a new finding that fails the audit. The scanned main bundle is one file, so
 * the source file is read from esbuild's per-module comments (`// electron/main/system/open-link.ts`).
 */

/** One reviewed finding: check id, source file, the approved code, and why (also in SECURITY.md). */
export interface Approval {
  id: string;
  source: string;
  snippet: string;
  reason: string;
}

/** What the audit needs of a finding. */
interface Finding {
  id: string;
  file: string;
  location: { line: number };
  sample?: string;
}

/** Code as compared: white space folded, and the numbers a bundler appends to renamed identifiers dropped. */
export function normaliseSnippet(code: string): string {
  return code.replace(/\s+/g, ' ').trim().replace(/\b([A-Za-z_$][\w$]*?[A-Za-z_$])\d+\b/g, '$1');
}

/** The source file of the bundle line `line` (1-based): the nearest esbuild module comment above it. */
export function sourceOf(bundleLines: readonly string[], line: number): string | null {
  for (let i = Math.min(line, bundleLines.length) - 1; i >= 0; i--) {
    const comment = /^\/\/ ((?:electron|renderer|node_modules)\/\S+\.[cm]?[jt]sx?)$/.exec(bundleLines[i] ?? '');
    if (comment?.[1]) return comment[1];
  }
  return null;
}

/** The approval that covers `finding`, or undefined when it is new. `bundles` maps scanned files to their lines. */
export function approvalFor(
  finding: Finding,
  approvals: readonly Approval[],
  bundles: ReadonlyMap<string, readonly string[]>,
): Approval | undefined {
  const lines = bundles.get(finding.file);
  const source = lines ? sourceOf(lines, finding.location.line) : finding.file;
  const snippet = normaliseSnippet(finding.sample ?? '');
  return approvals.find((a) => a.id === finding.id && a.source === source && normaliseSnippet(a.snippet) === snippet);
}
