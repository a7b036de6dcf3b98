/**
 * Derived files kept between builds, by a hash of everything they are made from: a rebuild after
 * an edit makes again only what the edit changed (a story's share card, say), and a clean checkout
 * (no cache folder) still builds everything from scratch. The folder is Astro's cache folder of
 * the data set (CACHE_DIR), which `npm install` and a clean clone start without.
 *
 * The inputs must hold everything that decides the output (the text and the whole layout, and the
 * versions of the tools that draw it): two different files must never share a key. A cache entry
 * that cannot be read is made again; one that cannot be written is only not kept.
 *
 * Build time only (Node).
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE_DIR } from './content/contentDir';

/** The key of a set of inputs: SHA-256 of their JSON. */
export const cacheKey = (inputs: unknown): string => createHash('sha256').update(JSON.stringify(inputs)).digest('hex');

/** The file (or folder) that keeps what was made from `inputs`. */
export const cacheFile = (kind: string, inputs: unknown, cacheDir: string): string =>
  derivedFile(cacheDir, kind, cacheKey(inputs));

/** Whether an earlier build kept the bytes made from `inputs`. */
export const isCached = (kind: string, inputs: unknown, cacheDir: string = CACHE_DIR): boolean =>
  existsSync(cacheFile(kind, inputs, cacheDir));

/** A file of the cache folder's `derived/` part, by name. */
export const derivedFile = (cacheDir: string, ...names: string[]): string => join(cacheDir, 'derived', ...names);

/**
 * Writes a file of the cache: to a temporary name, then renamed, so that a build stopped halfway
 * leaves no partial file under a real name. A read-only or full disk costs the next build time,
 * not this one its output: a failure is not thrown.
 */
export function keepFile(file: string, data: string | Uint8Array): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch {
    // Not kept: made again next time.
  }
}

/**
 * Keeps a copy of the folder `source` as `target` in the cache, as {@link keepFile} keeps a file:
 * copied to a temporary name, then renamed; a failure is not thrown.
 */
export function keepFolder(source: string, target: string): void {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    cpSync(source, temporary, { recursive: true });
    renameSync(temporary, target);
  } catch {
    // Not kept: made again next time.
    rmSync(temporary, { recursive: true, force: true });
  }
}

/**
 * Marks a cache entry (a file or a kept folder) as used by this build, so that
 * {@link evictUnused} keeps it. Its modification time is set to now; a failure only means it may
 * be made again one day.
 */
export function markUsed(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Gone or read-only: nothing to keep.
  }
}

/** How long an entry of `derived/` is kept without a build using it. */
export const UNUSED_FOR_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Deletes the entries of `<cacheDir>/derived/<kind>/` (share cards, QR codes, search indexes, and
 * temporary files a stopped build left) that no build has made or used for `maxAge` ms, so that
 * the cache does not grow with every edit. Only a matter of time: an entry deleted too early is
 * made again when it is next needed. Files directly in `derived/` (rewritten by every build) are
 * left alone. Returns what was deleted.
 */
export function evictUnused(
  cacheDir: string,
  maxAge: number = UNUSED_FOR_MS,
  now: number = Date.now(),
): { entries: number; bytes: number } {
  const deleted = { entries: 0, bytes: 0 };
  const root = derivedFile(cacheDir);
  const kinds = existsSync(root)
    ? readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())
    : [];
  for (const kind of kinds) {
    for (const name of readdirSync(join(root, kind.name))) {
      const path = join(root, kind.name, name);
      try {
        if (now - statSync(path).mtimeMs <= maxAge) continue;
        const bytes = sizeOf(path);
        rmSync(path, { recursive: true, force: true });
        deleted.entries++;
        deleted.bytes += bytes;
      } catch {
        // Gone already, or not removable: tried again after the next build.
      }
    }
  }
  return deleted;
}

/** Bytes of a file, or of every file in a folder. */
function sizeOf(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Counts of this process's lookups, for the build's summary line. */
export const cacheStats = { hits: 0, misses: 0 };

/**
 * The bytes `make()` returns for `inputs`, from `<cacheDir>/<kind>/<key>` when an earlier build
 * kept them, else made now and kept there (written to a temporary name, then renamed, so that a
 * build stopped halfway leaves no partial file under a real key).
 */
export async function cachedBytes(
  kind: string,
  inputs: unknown,
  make: () => Promise<Uint8Array>,
  cacheDir: string = CACHE_DIR,
): Promise<Uint8Array> {
  const file = cacheFile(kind, inputs, cacheDir);
  try {
    const bytes = readFileSync(file);
    cacheStats.hits++;
    markUsed(file);
    return bytes;
  } catch {
    // Not kept yet (or unreadable): make it.
  }
  cacheStats.misses++;
  const bytes = await make();
  keepFile(file, bytes);
  return bytes;
}
