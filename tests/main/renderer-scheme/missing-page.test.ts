/**
 * A damaged install whose renderer folder lost its page: every window Tend opens fails to load, is
 * closed and logged, and Tend keeps running. No blank window is ever left on screen.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_DIR, launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';

let tend: LaunchedTend | undefined;
let damaged = '';
afterEach(() => {
  tend?.cleanup();
  rmSync(damaged, { recursive: true, force: true });
});

describe('a renderer folder without its page', () => {
  it('fails each window’s load quietly: the window is closed, the log says why, the next break is still planned', async () => {
    damaged = mkdtempSync(join(tmpdir(), 'tend-damaged-'));
    cpSync(join(BUILD_DIR, 'preload'), join(damaged, 'preload'), { recursive: true });
    mkdirSync(join(damaged, 'renderer'));
    const t = (tend = await launchTend({ buildDir: damaged }));
    t.trayMenu().click('Take a break now', 'Tea');
    t.runtime!.windows.settings.open();
    await t.settle();
    expect(t.liveWindows()).toEqual([]);
    expect(t.electron.fakeState.protocolResponses.map((r) => r.status)).toEqual([404, 404]);
    const log = readFileSync(join(t.userDataDir, 'logs', 'tend.log'), 'utf8');
    expect(log).toMatch(/renderer scheme: 404 for .*tend:\/\/app\/index\.html.* \(ENOENT\)/);
    expect(log).toMatch(/break window: could not load/);
    expect(t.status()).toMatch(/Next break in/);
  }, 30_000);
});
