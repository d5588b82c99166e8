/**
 * A camera in use on Linux, found by scanning a process table for fd links to /dev/video<N>. The table
 * is a real one built in a temporary folder (fake-proc-table.ts), so the scan's reads, dangling links and
 * failures are the file system's own. Covered: which links count, that PipeWire/WirePlumber holders and
 * Tend itself do not, that processes which cannot be read are skipped, and that no table reads null.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cameraInUse } from '../../../../../electron/main/system/busy/linux/camera-in-use.ts';
import { fakeProcTable, type FakeProcTable, type FakeProcess } from './fake-proc-table.ts';

const OWN_PID = 4242;
const shell: FakeProcess = { comm: 'bash', fds: ['/dev/pts/0', '/dev/pts/0', '/dev/pts/0', '/dev/null'] };

describe('finding a process that holds a camera open', { timeout: 20_000 }, () => {
  let table: FakeProcTable | null = null;
  afterEach(async () => {
    await table?.dispose();
    table = null;
  });

  async function scan(processes: Readonly<Record<string, FakeProcess>>, ownPid: number | null = OWN_PID) {
    table = await fakeProcTable(processes);
    return cameraInUse(table.root, ownPid);
  }

  it.each<[string, boolean]>([
    ['/dev/video0', true],
    ['/dev/video12', true],
    ['/dev/video', false],
    ['/dev/video0p', false],
    ['/dev/media0', false],
    ['/dev/snd/pcmC0D0c', false],
    ['socket:[48213]', false],
    ['/home/me/dev/video0', false],
  ])('a process with %s open counts: %s', async (target, holds) => {
    expect(
      await scan({ '1000': shell, '2001': { comm: 'zoom', fds: ['/dev/null', target, 'pipe:[9]'] } }),
    ).toBe(holds);
  });

  it('reads false when no process holds a camera', async () => {
    expect(await scan({ '1000': shell, '1001': { comm: 'firefox', fds: ['/dev/dri/renderD128'] } })).toBe(
      false,
    );
  });

  it('reads false for an empty process table', async () => {
    expect(await scan({})).toBe(false);
  });

  it.each(['pipewire', 'wireplumber', 'pipewire-media-'])(
    'does not count %s, which keeps the nodes open while no one films',
    async (comm) => {
      expect(await scan({ '900': { comm, fds: ['/dev/video0', '/dev/video1'] } })).toBe(false);
    },
  );

  it('counts a holder beside the media server', async () => {
    const processes = {
      '900': { comm: 'pipewire', fds: ['/dev/video0'] },
      '2001': { comm: 'cheese', fds: ['/dev/video0'] },
    };
    expect(await scan(processes)).toBe(true);
  });

  it('does not count a holder whose name cannot be read: it has exited', async () => {
    expect(await scan({ '2001': { comm: null, fds: ['/dev/video0'] } })).toBe(false);
  });

  it('leaves out its own process, and counts that same process when no own pid is given', async () => {
    const own = { [String(OWN_PID)]: { comm: 'tend', fds: ['/dev/video0'] } };
    expect(await scan(own)).toBe(false);
    await table?.dispose();
    expect(await scan(own, null)).toBe(true);
  });

  it.each<[string, FakeProcess['fds']]>([
    ['has no fd folder (it exited, or is not ours)', 'missing'],
    ['has an fd that cannot be listed', 'not a folder'],
  ])('skips a process that %s and goes on scanning', async (_, fds) => {
    expect(await scan({ '1500': { comm: 'zoom', fds } })).toBe(false);
    await table?.dispose();
    expect(
      await scan({ '1500': { comm: 'zoom', fds }, '2001': { comm: 'cheese', fds: ['/dev/video0'] } }),
    ).toBe(true);
  });

  it.each(['self', 'thread-self', '12a', 'sys'])(
    'ignores the entry %j, which is not a process id',
    async (name) => {
      expect(await scan({ [name]: { comm: 'zoom', fds: ['/dev/video0'] } })).toBe(false);
    },
  );

  it('reads null when the process table cannot be listed', async () => {
    expect(await cameraInUse('/nonexistent/tend-test/proc', OWN_PID)).toBeNull();
  });
});
