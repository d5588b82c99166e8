import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLogger, logFilePath } from '../../../electron/main/app/logger.ts';
import { fakeState, ipcMain, resetFakeState } from '../../fake-electron/index.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tend-log-'));
  resetFakeState(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the log file', () => {
  it('writes lines to tend.log in the folder it is given', () => {
    const log = createFileLogger({ dir });
    log.info('tray ready');
    log.warn('shortcut taken', { accelerator: 'Ctrl+Alt+G' });
    const text = readFileSync(logFilePath(dir), 'utf8');
    expect(text).toMatch(/\[info\]\s+tray ready/);
    expect(text).toContain('shortcut taken');
  });

  it('rotates the file when it grows past its limit', () => {
    const log = createFileLogger({ dir, maxBytes: 200 });
    for (let i = 0; i < 20; i++) log.info(`line ${i} ${'x'.repeat(20)}`);
    expect(readdirSync(dir).sort()).toEqual(['tend.log', 'tend.old.log']);
  });

  it('never throws when the file cannot be written', () => {
    writeFileSync(join(dir, 'blocker'), '');
    const log = createFileLogger({ dir: join(dir, 'blocker') });
    expect(() => log.error('nowhere to go', new Error('x'))).not.toThrow();
  });

  it('opens no IPC channel into the log', () => {
    createFileLogger({ dir }).info('hello');
    expect([...ipcMain.handlers.keys()]).toEqual([]);
    expect(ipcMain.totalListenerCount()).toBe(0);
    expect(fakeState.windows).toEqual([]);
  });
});
