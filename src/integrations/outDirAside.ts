/**
 * Astro integration that owns the clearing of the output folder between builds.
 *
 * Astro empties the output folder file by file on the main thread before it writes any page, and
 * with its incremental build it then copies every page it can reuse back from its cache, one file
 * at a time; with thousands of pages each takes seconds. This integration does both cheaply:
 *
 * - When the build starts, the last output is renamed into the data set's cache folder (one rename,
 *   so there is nothing to empty) and deleted there in the background; the build waits for the
 *   deletion only at its very end. Folders left there by a build that was stopped are deleted too.
 * - If the last build wrote all its pages (it leaves {@link COMPLETE_MARK} in the cache folder once
 *   it has), the pages Astro's cache lists are first renamed back into the new output folder.
 *   Astro finds a page it can reuse already in place and leaves it; a page it renders again is
 *   written over. After the pages are written, the ones moved back that this build neither reused
 *   nor wrote (a story removed since, say) are deleted.
 *
 * A build stopped halfway leaves no mark, so the next one keeps nothing and Astro copies from its
 * cache as usual. A page whose size no longer matches Astro's cached copy (edited by hand after
 * the build, say) is not kept either. When the output folder cannot be renamed (another file
 * system, say), it is emptied in place.
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Folder inside the cache folder where earlier outputs wait to be deleted. */
export const ASIDE_DIR = 'old-output';

/**
 * Left in the cache folder by a build once all its pages are written, naming its output folder;
 * removed by the next build before it touches the output.
 */
export const COMPLETE_MARK = 'output-complete.json';

/** Astro's incremental-build manifest and its copies of the pages, inside the cache folder. */
const ASTRO_MANIFEST = 'incremental-build.json';
const ASTRO_PAGES = 'dist';
/** The manifest format this integration reads; another one means keeping nothing. */
const ASTRO_MANIFEST_VERSION = 1;

/** A page moved back into the output folder, and its modification time then (a rename keeps it). */
export interface KeptPage {
  /** Path under the output folder, with `/` separators, as in Astro's manifest. */
  file: string;
  mtimeMs: number;
}

/** The output files Astro's incremental-build manifest lists, or none if it is missing or unknown. */
export function astroOutputFiles(cacheDir: string): string[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(join(cacheDir, ASTRO_MANIFEST), 'utf8'));
  } catch {
    return [];
  }
  const { version, routes } = (manifest ?? {}) as { version?: unknown; routes?: unknown };
  if (version !== ASTRO_MANIFEST_VERSION || typeof routes !== 'object' || routes === null) return [];
  const files: string[] = [];
  for (const route of Object.values(routes as Record<string, { paths?: Record<string, { outputFile?: unknown }> }>)) {
    for (const entry of Object.values(route?.paths ?? {})) {
      if (typeof entry?.outputFile === 'string') files.push(entry.outputFile);
    }
  }
  return files;
}

/** `file` (a manifest path) under `dir`, or undefined if it would land outside it. */
function inside(dir: string, file: string): string | undefined {
  const path = resolve(dir, file);
  return path.startsWith(dir + sep) ? path : undefined;
}

/**
 * Renames back from `aside` (the last output) into `outDir` every page Astro's manifest lists
 * whose size still matches Astro's cached copy. Returns the pages moved.
 */
export function keepReusablePages(aside: string, outDir: string, cacheDir: string): KeptPage[] {
  const kept: KeptPage[] = [];
  const made = new Set<string>();
  for (const file of astroOutputFiles(cacheDir)) {
    const from = inside(aside, file);
    const to = inside(outDir, file);
    const cached = inside(join(cacheDir, ASTRO_PAGES), file);
    if (!from || !to || !cached) continue;
    try {
      const page = statSync(from);
      if (!page.isFile() || page.size !== statSync(cached).size) continue;
      const folder = dirname(to);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      renameSync(from, to);
      kept.push({ file, mtimeMs: page.mtimeMs });
    } catch {
      // Missing on either side: Astro renders the page or copies it from its cache.
    }
  }
  return kept;
}

/**
 * Deletes the pages of `kept` that this build did not reuse (not in Astro's new manifest) and did
 * not write again (their modification time is the one they were moved back with), and the folders
 * that leaves empty. Returns the paths deleted.
 */
export function pruneUnused(outDir: string, cacheDir: string, kept: readonly KeptPage[]): string[] {
  const listed = new Set(astroOutputFiles(cacheDir));
  const pruned: string[] = [];
  for (const { file, mtimeMs } of kept) {
    if (listed.has(file)) continue;
    const path = join(outDir, file);
    try {
      if (statSync(path).mtimeMs !== mtimeMs) continue;
      unlinkSync(path);
      pruned.push(file);
    } catch {
      continue;
    }
    for (let folder = dirname(path); folder.startsWith(outDir + sep); folder = dirname(folder)) {
      try {
        rmdirSync(folder);
      } catch {
        break; // Not empty.
      }
    }
  }
  return pruned;
}

/** Whether the last build into `outDir` wrote all its pages; the mark is removed either way. */
export function takeCompleteMark(cacheDir: string, outDir: string): boolean {
  const mark = join(cacheDir, COMPLETE_MARK);
  let complete: boolean;
  try {
    complete = (JSON.parse(readFileSync(mark, 'utf8')) as { outDir?: unknown }).outDir === outDir;
  } catch {
    complete = false; // No mark, or not one this integration wrote.
  }
  try {
    rmSync(mark, { force: true });
  } catch {
    // No cache folder to hold a mark (a file in its place): there is none to take.
  }
  return complete;
}

/** Records that the build into `outDir` has written all its pages. */
export function writeCompleteMark(cacheDir: string, outDir: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, COMPLETE_MARK), `${JSON.stringify({ outDir })}\n`);
}

/**
 * Moves `outDir` into `<cacheDir>/old-output/`; if the last build was complete, moves the pages
 * Astro can reuse back (see {@link keepReusablePages}). Then deletes everything left in
 * `old-output/` without blocking. Returns the pages kept and the deletion (resolves when it is done;
 * a failure to delete is reported, not thrown).
 */
export function moveAsideAndDelete(
  outDir: string,
  cacheDir: string,
  warn: (message: string) => void,
): { kept: KeptPage[]; deletion: Promise<void> } {
  const complete = takeCompleteMark(cacheDir, outDir);
  const asideRoot = join(cacheDir, ASIDE_DIR);
  let kept: KeptPage[] = [];
  try {
    mkdirSync(asideRoot, { recursive: true });
    const aside = join(asideRoot, `${basename(outDir)}-${process.pid}-${Date.now()}`);
    renameSync(outDir, aside);
    if (complete) kept = keepReusablePages(aside, outDir, cacheDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No earlier output: nothing to move. Anything else: the folder is emptied where it is.
    if (code !== 'ENOENT') {
      warn(`could not move ${outDir} aside (${code ?? String(error)}); emptying it in place`);
      for (const name of readdirSync(outDir)) rmSync(join(outDir, name), { recursive: true, force: true });
    }
  }
  let leftovers: string[];
  try {
    leftovers = readdirSync(asideRoot).map((name) => join(asideRoot, name));
  } catch {
    return { kept, deletion: Promise.resolve() };
  }
  const deletion = Promise.all(
    leftovers.map((folder) =>
      rm(folder, { recursive: true, force: true, maxRetries: 3 }).catch((error: unknown) => {
        warn(`could not delete the earlier output ${folder}: ${String(error)}`);
      }),
    ),
  ).then(() => undefined);
  return { kept, deletion };
}

/** The integration; `cacheDir` is the data set's cache folder (CACHE_DIR). */
export default function outDirAside(cacheDir: string): AstroIntegration {
  let outDir = '';
  let cache = '';
  let kept: KeptPage[] = [];
  let deletion: Promise<void> = Promise.resolve();
  return {
    name: 'mztj:out-dir-aside',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // This integration clears the output folder; Astro must not empty it after pages were kept.
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        cache = resolve(fileURLToPath(config.root), cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        ({ kept, deletion } = moveAsideAndDelete(outDir, cache, (message) => logger.warn(message)));
        if (kept.length > 0) logger.info(`${kept.length} page(s) of the last build kept in place for Astro to reuse`);
      },
      'astro:build:generated': ({ logger }) => {
        const pruned = pruneUnused(outDir, cache, kept);
        if (pruned.length > 0) logger.info(`${pruned.length} page(s) of the last build no longer built, deleted`);
        writeCompleteMark(cache, outDir);
      },
      'astro:build:done': async () => {
        await deletion;
      },
    },
  };
}
