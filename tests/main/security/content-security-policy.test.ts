/**
 * The Content-Security-Policy of the pages that ship (out/renderer from `npm run build`): strict, in a
 * meta tag (file:// pages get no headers), and the page itself loads only its own bundled files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR } from '../../../harness/launch-tend.ts';

const RENDERER = join(BUILD_DIR, 'renderer');

/** Every HTML page in the built renderer. */
function builtPages(): string[] {
  expect(existsSync(RENDERER), `${RENDERER} is missing: run npm run build`).toBe(true);
  return readdirSync(RENDERER, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

type Tag = { name: string; attrs: Map<string, string> };

/** Start tags with their attributes (names lower-cased), enough for the meta, script and link tags Vite writes. */
function startTags(html: string): Tag[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  return [...withoutComments.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)].map((m) => {
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attrs.set((a[1] ?? '').toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    }
    return { name: (m[1] ?? '').toLowerCase(), attrs };
  });
}

/** The policy's directives: name → source list (lower-cased, as CSP matches them). */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().toLowerCase().split(/\s+/);
    // A repeated directive is ignored by browsers: only the first counts.
    if (name && !map.has(name)) map.set(name, sources);
  }
  return map;
}

/** The page's single Content-Security-Policy meta tag. */
function policyOf(tags: Tag[]): Map<string, string[]> {
  const metas = tags.filter((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  expect(metas).toHaveLength(1);
  return directives(metas[0]?.attrs.get('content') ?? '');
}

describe('the Content-Security-Policy of the built pages', () => {
  const pages = builtPages();

  it('there is a built page to check', () => {
    expect(pages).toContain('index.html');
  });

  describe.each(pages)('%s', (page) => {
    const html = readFileSync(join(RENDERER, page), 'utf8');
    const tags = startTags(html);
    const policy = policyOf(tags);

    it('denies everything by default, and allows scripts only from the app itself', () => {
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('script-src')).toEqual(["'self'"]);
    });

    it('has no plugins, no <base> rewriting and no form posting', () => {
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect(policy.get('form-action')).toEqual(["'none'"]);
    });

    it('never allows inline code, eval, or any network origin', () => {
      for (const [name, sources] of policy) {
        for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", "'strict-dynamic'", '*', 'http:', 'https:', 'ws:', 'wss:', 'blob:', 'filesystem:']) {
          expect(sources, `${name} allows ${bad}`).not.toContain(bad);
        }
        // Only keywords and data: images; never a host.
        for (const source of sources) expect(source, `${name} ${source}`).toMatch(/^('none'|'self'|data:)$/);
        if (name !== 'img-src') expect(sources, name).not.toContain('data:');
      }
    });

    it('cannot be framed into a page and cannot frame one (frames fall back to default-src)', () => {
      for (const name of ['frame-src', 'child-src', 'worker-src']) {
        const sources = policy.get(name);
        if (sources) expect(sources, name).toEqual(["'none'"]);
      }
    });

    it('loads only its own bundled files: no inline scripts, no remote addresses', () => {
      const scripts = tags.filter((t) => t.name === 'script');
      expect(scripts.length).toBeGreaterThan(0);
      // An inline script would be blocked anyway; there must be none for the page to work.
      expect(html.match(/<script\b[^>]*>([\s\S]*?)<\/script>/g)?.every((s) => /<script\b[^>]*\bsrc=/.test(s) && /><\/script>$/.test(s))).toBe(true);
      const urls = tags.flatMap((t) => ['src', 'href'].map((a) => t.attrs.get(a)).filter((v): v is string => v !== undefined));
      for (const url of urls) {
        expect(url, url).toMatch(/^\.\/assets\/[\w.-]+$/);
        expect(existsSync(join(RENDERER, url)), url).toBe(true);
      }
      // No inline event handlers (onclick=…), which the policy would block and the page must not need.
      for (const tag of tags) for (const name of tag.attrs.keys()) expect(name).not.toMatch(/^on/);
    });
  });
});
