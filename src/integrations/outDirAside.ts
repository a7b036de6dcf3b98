/**
 * Astro integration that clears the output folder of the last build without making the build
 * wait for it. Astro empties the output folder file by file on the main thread before it writes
 * any page; with thousands of pages that alone takes seconds. This integration renames the folder
 * into the data set's cache folder when the build starts (one rename, so Astro finds nothing to
 * empty) and deletes it in the background while the pages are built; the build waits for the
 * deletion only at its very end. Folders left there by a build that was stopped are deleted too.
 *
 * When the rename is not possible (another file system, say), the folder stays where it is and
 * Astro empties it as it always does.
 */
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Folder inside the cache folder where earlier outputs wait to be deleted. */
export const ASIDE_DIR = 'old-output';

/**
 * Moves `outDir` into `<cacheDir>/old-output/` and deletes everything there without blocking.
 * Returns the deletion (resolves when it is done; a failure to delete is reported, not thrown).
 */
export function moveAsideAndDelete(outDir: string, cacheDir: string, warn: (message: string) => void): Promise<void> {
  const aside = join(cacheDir, ASIDE_DIR);
  try {
    mkdirSync(aside, { recursive: true });
    renameSync(outDir, join(aside, `${basename(outDir)}-${process.pid}-${Date.now()}`));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No earlier output: nothing to move. Anything else: Astro empties the folder itself.
    if (code !== 'ENOENT') warn(`could not move ${outDir} aside (${code ?? String(error)}); Astro will empty it`);
  }
  let leftovers: string[];
  try {
    leftovers = readdirSync(aside).map((name) => join(aside, name));
  } catch {
    return Promise.resolve();
  }
  return Promise.all(
    leftovers.map((folder) =>
      rm(folder, { recursive: true, force: true, maxRetries: 3 }).catch((error: unknown) => {
        warn(`could not delete the earlier output ${folder}: ${String(error)}`);
      }),
    ),
  ).then(() => undefined);
}

/** The integration; `cacheDir` is the data set's cache folder (CACHE_DIR). */
export default function outDirAside(cacheDir: string): AstroIntegration {
  let outDir = '';
  let root = '';
  let deletion: Promise<void> = Promise.resolve();
  return {
    name: 'mztj:out-dir-aside',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        deletion = moveAsideAndDelete(outDir, resolve(root, cacheDir), (message) => logger.warn(message));
      },
      'astro:build:done': async () => {
        await deletion;
      },
    },
  };
}
