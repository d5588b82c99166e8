/**
 * The handler behind tend:// in Node, with real Request and Response objects and a real folder on disk,
 * as Electron's protocol.handle calls it: Tend's own files are served with their type and the page CSP;
 * every other address gets 404 and one escaped log line, and never a byte from outside the folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../../electron/core/content-security-policy.ts';
import { requestPath } from '../../../electron/main/renderer-scheme/request-path.ts';
import { createRendererHandler } from '../../../electron/main/renderer-scheme/serve-renderer.ts';

const SECRET = 'the secret outside the renderer folder';
let base = '';
let root = '';
const warnings: string[] = [];
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'tend-scheme-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'folder.js'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Tend</title>');
  writeFileSync(join(root, 'assets', 'index-Ab_1.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'index-Ab_1.css'), 'body{}');
  writeFileSync(join(root, 'data.bin'), 'binary');
  writeFileSync(join(root, '.env'), SECRET);
  writeFileSync(join(base, 'secret.txt'), SECRET);
  writeFileSync(join(base, 'secret.html'), SECRET);
  mkdirSync(join(base, 'outside'));
  writeFileSync(join(base, 'outside', 'secret.js'), SECRET);
  symlinkSync(join(base, 'secret.html'), join(root, 'link.html'));
  symlinkSync(join(base, 'outside'), join(root, 'linked'));
  handle = createRendererHandler({ root, warn: (line) => warnings.push(line) });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('Tend’s own files', () => {
  it.each([
    ['tend://app/index.html', 'text/html; charset=utf-8', 'index.html'],
    ['tend://app/', 'text/html; charset=utf-8', 'index.html'],
    ['tend://app/index.html#/break', 'text/html; charset=utf-8', 'index.html'],
    ['tend://app/assets/index-Ab_1.js', 'text/javascript; charset=utf-8', 'assets/index-Ab_1.js'],
    ['tend://APP/assets/index-Ab_1.css', 'text/css; charset=utf-8', 'assets/index-Ab_1.css'],
  ])('%s is served as %s, with the page CSP and nosniff', async (url, type, file) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(join(root, file)));
  });

  it('a HEAD request gets the headers and no body', async () => {
    const response = await handle(new Request('tend://app/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('every other address gets 404 and a log line, never a file from elsewhere', () => {
  const long = `tend://app/${'a'.repeat(600)}.js`;
  it.each([
    ['a dot-dot segment', 'tend://app/../secret.txt'],
    ['a dot-dot segment in the middle', 'tend://app/assets/../../secret.html'],
    ['an encoded dot-dot', 'tend://app/%2e%2e/secret.txt'],
    ['an upper-case encoded dot-dot', 'tend://app/%2E%2E/secret.html'],
    ['a half-encoded dot-dot', 'tend://app/.%2e/secret.html'],
    ['an encoded slash', 'tend://app/assets%2f..%2f..%2fsecret.html'],
    ['an encoded backslash', 'tend://app/..%5c..%5csecret.html'],
    ['a backslash', 'tend://app/..\\..\\secret.html'],
    ['an absolute path', 'tend://app//etc/passwd'],
    ['a Windows drive path', 'tend://app/C:/Windows/win.ini'],
    ['an encoded NUL', 'tend://app/index.html%00.js'],
    ['a percent-encoded name', 'tend://app/index%2ehtml'],
    ['a very long path', long],
    ['a query string', 'tend://app/index.html?x=1'],
    ['an empty query string', 'tend://app/index.html?'],
    ['another host', 'tend://evil/index.html'],
    ['a port', 'tend://app:8080/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['a hidden file', 'tend://app/.env'],
    ['a link that leads out of the folder', 'tend://app/link.html'],
    ['a file behind a linked folder', 'tend://app/linked/secret.js'],
    ['a folder', 'tend://app/folder.js'],
    ['a missing file', 'tend://app/assets/nope.js'],
    ['a file type Tend does not serve', 'tend://app/data.bin'],
  ])('%s (%s)', async (_what, url) => {
    warnings.length = 0;
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain(SECRET);
    expect(body).toBe(''); // an empty 404 fails the page load rather than showing text (page-load.ts in the fake)
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^renderer scheme: 404 for ".*" \(.+\)$/);
    expect(warnings[0]!.length).toBeLessThan(300);
  });

  it('an address with credentials names no file (Request refuses to carry one, but the path check does not rely on that)', () => {
    expect(requestPath('tend://user:pw@app/index.html')).toEqual({ ok: false, reason: 'credentials or port' });
  });

  it('a POST gets 404 too', async () => {
    warnings.length = 0;
    const response = await handle(new Request('tend://app/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(404);
    expect(warnings).toEqual([expect.stringContaining('method POST')]);
  });

  it('an address cannot forge a log line', async () => {
    warnings.length = 0;
    await handle(new Request('tend://app/a%0A2026-01-01 [info] forged.js'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toMatch(/\n/);
  });
});

describe('a renderer folder that cannot be read', () => {
  it('answers 404 and recovers once the folder is there', async () => {
    const later = join(base, 'later');
    const lines: string[] = [];
    const late = createRendererHandler({ root: later, warn: (line) => lines.push(line) });
    expect((await late(new Request('tend://app/index.html'))).status).toBe(404);
    expect(lines).toEqual([expect.stringContaining('ENOENT')]);
    mkdirSync(later);
    writeFileSync(join(later, 'index.html'), 'hello');
    expect((await late(new Request('tend://app/index.html'))).status).toBe(200);
  });
});
