/** One policy: the CSP header main sends with every page is the policy the page itself declares. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../electron/core/content-security-policy.ts';

const root = join(import.meta.dirname, '../..');
const metaPolicy = (file: string): string | undefined =>
  /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(join(root, file), 'utf8'))?.[1];

describe('the renderer’s Content-Security-Policy', () => {
  it.each(['renderer/index.html', 'renderer/preview/index.html'])('%s declares the same policy main sends as a header', (file) => {
    expect(metaPolicy(file)).toBe(RENDERER_CSP);
  });

  it('allows nothing from outside Tend’s own origin, no inline script and no eval', () => {
    expect(RENDERER_CSP).toContain("default-src 'none'");
    expect(RENDERER_CSP).toContain("script-src 'self';");
    expect(RENDERER_CSP).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });
});
