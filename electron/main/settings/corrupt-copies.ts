/**
 * The copies of damaged settings files, config.corrupt-<time>.json beside config.json: written from the
 * exact bytes, never over an existing copy, and only the newest few kept so they cannot pile up
 * (issue #13, item 4). Files that merely start with the same name are never touched. The history file
 * keeps its copies the same way under its own name (`base` 'history': history.corrupt-<time>.json).
 */
import { readdirSync, renameSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** How many copies are kept; older ones are removed when a new one is made. */
const KEEP_COPIES = 5;

/** Whose copies: config.json's by default. */
type CopyBase = 'config' | 'history';

const copyName = (base: CopyBase): RegExp => new RegExp(`^${base}\\.corrupt-(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z)(?:-(\\d+))?\\.json$`);

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function stampOf(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

/** Tries names <base>.corrupt-<time>[-n].json until `place` succeeds; returns the name used. */
function placeCopy(dir: string, now: number, base: CopyBase, place: (path: string) => void): string {
  const stamp = stampOf(now);
  for (let n = 1; ; n++) {
    const name = `${base}.corrupt-${stamp}${n > 1 ? `-${n}` : ''}.json`;
    try {
      place(join(dir, name));
      return name;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || n > 50) throw error;
    }
  }
}

/** Writes `bytes` to a new copy beside the file; never replaces an existing one. Throws if it cannot. */
export function keepCopy(dir: string, bytes: Uint8Array, now: number, base: CopyBase = 'config'): string {
  return placeCopy(dir, now, base, (path) => writeFileSync(path, bytes, { flag: 'wx' }));
}

/** Moves the file itself aside as a new copy (instant, whatever its size). Throws if it cannot. */
export function moveAside(dir: string, file: string, now: number, base: CopyBase = 'config'): string {
  return placeCopy(dir, now, base, (path) => {
    // rename replaces silently, so check first; the window between is the user's own folder.
    if (existsSync(path)) throw Object.assign(new Error('copy exists'), { code: 'EEXIST' });
    renameSync(file, path);
  });
}

/** Oldest first, by the time in the name and then the -n suffix. */
function byAge(a: RegExpExecArray, b: RegExpExecArray): number {
  const [stampA, stampB] = [a[1] ?? '', b[1] ?? ''];
  return stampA < stampB ? -1 : stampA > stampB ? 1 : Number(a[2] ?? 1) - Number(b[2] ?? 1);
}

/** Removes all but the newest `keep` copies (never `spare`, the one just made); returns the names removed. */
export function pruneCopies(dir: string, spare: string, keep = KEEP_COPIES, base: CopyBase = 'config'): string[] {
  const pattern = copyName(base);
  const found = readdirSync(dir)
    .map((name) => pattern.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort(byAge);
  const removed: string[] = [];
  for (const match of found.slice(0, Math.max(0, found.length - keep))) {
    if (match[0] === spare) continue;
    try {
      unlinkSync(join(dir, match[0]));
      removed.push(match[0]);
    } catch {
      // Kept, then: a copy too many is better than a crash.
    }
  }
  return removed;
}
