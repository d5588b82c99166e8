/**
 * Reading config.json carefully (issue #13, items 4 and 5): the path is checked with lstat and stat
 * before a byte is read, so an oversized file is refused at once (a 50 MB file took seconds to start),
 * anything but a regular file (a folder, a pipe that would block) counts as unreadable, and a link is
 * noted so the store can decide whether it may write through it. The bytes are kept as they are, for an
 * exact copy, beside the text they decode to.
 */
import { lstatSync, readFileSync, statSync } from 'node:fs';

/** Files larger than this are not read: Tend's own are a few kB, 500 long phrases about 200 kB. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

/** What was found at the settings path. */
type SettingsFileRead =
  | { kind: 'missing' }
  /** A link whose target does not exist: nothing to read, and nothing Tend may create through it. */
  | { kind: 'dangling-link' }
  | { kind: 'unreadable'; code: string }
  | { kind: 'too-large'; size: number; link: boolean }
  /** exactText: the bytes were valid UTF-8 (else `text` holds replacement characters). */
  | { kind: 'read'; bytes: Uint8Array; text: string; exactText: boolean; link: boolean };

/** Reads a file's bytes (injectable, to simulate faults such as EACCES). */
export type ReadBytes = (path: string) => Uint8Array | string;

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}

/** The bytes as text, and whether they were valid UTF-8 (a byte-order mark is the parser's business). */
function decodeUtf8(bytes: Uint8Array): { text: string; exact: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), exact: true };
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), exact: false };
  }
}

/**
 * Looks at `path` and reads it if it is a regular file of a sensible size (`maxBytes`: settings' 1 MB
 * by default; the history file passes its own). Never throws.
 */
export function readSettingsFile(
  path: string,
  readBytes: ReadBytes = (p) => readFileSync(p),
  maxBytes = MAX_SETTINGS_BYTES,
): SettingsFileRead {
  let link: boolean;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', code: codeOf(error) };
  }
  try {
    const stat = statSync(path);
    if (stat.isFile() && stat.size > maxBytes) return { kind: 'too-large', size: stat.size, link };
    // A folder keeps failing as before (EISDIR, below); a pipe or device is never opened, as it could block.
    if (!stat.isFile() && !stat.isDirectory()) return { kind: 'unreadable', code: 'not-a-file' };
  } catch (error) {
    if (link && codeOf(error) === 'ENOENT') return { kind: 'dangling-link' };
    return { kind: 'unreadable', code: codeOf(error) };
  }
  try {
    const read = readBytes(path);
    const bytes = typeof read === 'string' ? new TextEncoder().encode(read) : read;
    const { text, exact } = decodeUtf8(bytes);
    return { kind: 'read', bytes, text, exactText: exact, link };
  } catch (error) {
    return { kind: 'unreadable', code: codeOf(error) };
  }
}
