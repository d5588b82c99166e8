/**
 * Whether a process holds a camera open on Linux (issue #16): some /proc/<pid>/fd/* link points at a
 * V4L2 capture node /dev/video<N> (PLATFORMS.md "Camera in use", after drmowinckels/entracte).
 *
 * - Only the user's own processes can be seen (/proc/<pid>/fd is readable by its owner alone); others are
 *   skipped quietly, as are processes that exit while being read.
 * - PipeWire and WirePlumber keep the nodes open while no one films (W-Floyd/ha-mqtt-iot#44), so they do
 *   not count, as greshake/i3status-rust's privacy block leaves them out (src/blocks/privacy/v4l.rs
 *   exclude_consumer). A camera used through PipeWire is therefore not seen here; the microphone check
 *   usually catches that call.
 */
import { readFile, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';

const videoNode = /^\/dev\/video\d+$/;
const pid = /^\d+$/;
// /proc/<pid>/comm: the kernel keeps 15 characters, so pipewire-media-session reads "pipewire-media-".
const mediaServers = new Set(['pipewire', 'wireplumber', 'pipewire-media-']);
// Past this many links the scan stops and says nothing: one check stays cheap on any machine.
const MAX_LINKS = 100_000;

async function linksOf(fdDir: string): Promise<string[] | null> {
  try {
    const fds = await readdir(fdDir);
    return await Promise.all(fds.map((fd) => readlink(join(fdDir, fd)).catch(() => '')));
  } catch {
    return null;
  }
}

async function isMediaServer(procDir: string): Promise<boolean> {
  const comm = await readFile(join(procDir, 'comm'), 'utf8').catch(() => null);
  // A holder whose name cannot be read has exited: it films no more.
  return comm === null || mediaServers.has(comm.trim());
}

/**
 * True when a process under `procRoot` other than `ownPid` has /dev/video<N> open; false when none has;
 * null when `procRoot` cannot be listed or the scan would pass its bound. Stops at the first holder.
 */
export async function cameraInUse(procRoot: string, ownPid: number | null): Promise<boolean | null> {
  let names: string[];
  try {
    names = await readdir(procRoot);
  } catch {
    return null;
  }
  let budget = MAX_LINKS;
  for (const name of names) {
    if (!pid.test(name) || Number(name) === ownPid) continue;
    const procDir = join(procRoot, name);
    const links = await linksOf(join(procDir, 'fd'));
    if (links === null) continue;
    budget -= links.length;
    if (budget < 0) return null;
    if (links.some((target) => videoNode.test(target)) && !(await isMediaServer(procDir))) return true;
  }
  return false;
}
