/**
 * A call on Linux: the camera scan (a real process table in a temporary folder) and the microphone
 * (pactl, a real child process printing the captured fixtures) combined. Either busy reads busy; clear
 * needs the camera scan to have worked; a silent or unanswering microphone never turns an unknown camera
 * into clear; and without a process table the camera is not scanned at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusyReading } from '../../../../../electron/core/busy/busy-signal.ts';
import { linuxCallReader } from '../../../../../electron/main/system/busy/linux/linux-call.ts';
import { fakeProcTable, type FakeProcTable } from './fake-proc-table.ts';
import { prints, scriptedCommands, type Behaviour } from './scripted-commands.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const SOURCES = fixture('pactl-short-sources.txt');
const OWN_PID = 4242;

type Camera = 'filming' | 'idle' | 'unreadable' | 'no table';
type Microphone = 'recording' | 'silent' | 'no pactl';

const pactlFor: Record<Microphone, Behaviour> = {
  recording: prints(fixture('pactl-source-outputs-call.txt')),
  silent: prints(fixture('pactl-source-outputs-no-call.txt')),
  'no pactl': 'missing',
};

describe('a call on Linux', { timeout: 20_000 }, () => {
  let filming: FakeProcTable;
  let idle: FakeProcTable;
  beforeAll(async () => {
    filming = await fakeProcTable({
      '1000': { comm: 'bash', fds: ['/dev/pts/0'] },
      '2001': { comm: 'zoom', fds: ['/dev/null', '/dev/video0'] },
    });
    // PipeWire holding the node and Tend itself holding it: neither is a call.
    idle = await fakeProcTable({
      '900': { comm: 'pipewire', fds: ['/dev/video0'] },
      [String(OWN_PID)]: { comm: 'tend', fds: ['/dev/video0'] },
    });
  }, 20_000);
  afterAll(async () => {
    await Promise.all([filming.dispose(), idle.dispose()]);
  }, 20_000);

  function read(camera: Camera, microphone: Microphone): Promise<BusyReading> {
    const procRoot = {
      filming: filming.root,
      idle: idle.root,
      unreadable: '/nonexistent/tend-test/proc',
      'no table': null,
    }[camera];
    const pactl = pactlFor[microphone];
    const { run } = scriptedCommands((_file, args) => (args.includes('short') ? prints(SOURCES) : pactl));
    return linuxCallReader({ env: {}, run, procRoot, pid: OWN_PID })();
  }

  it.each<[Camera, Microphone, BusyReading]>([
    ['filming', 'silent', 'busy'],
    ['filming', 'no pactl', 'busy'],
    ['idle', 'recording', 'busy'],
    ['unreadable', 'recording', 'busy'],
    ['no table', 'recording', 'busy'],
    ['idle', 'silent', 'clear'],
    ['idle', 'no pactl', 'clear'],
    ['unreadable', 'silent', 'unknown'],
    ['unreadable', 'no pactl', 'unknown'],
    ['no table', 'silent', 'unknown'],
    ['no table', 'no pactl', 'unknown'],
  ])('a camera %s and a microphone %s read %s', async (camera, microphone, reading) => {
    expect(await read(camera, microphone)).toBe(reading);
  });

  it("leaves Tend's own process out of the camera scan only when told its pid", async () => {
    const { run } = scriptedCommands((_file, args) =>
      args.includes('short') ? prints(SOURCES) : pactlFor.silent,
    );
    expect(await linuxCallReader({ env: {}, run, procRoot: idle.root })()).toBe('busy');
  });
});
