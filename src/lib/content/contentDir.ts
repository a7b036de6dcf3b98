/**
 * Where the content lives, which data set a build publishes, and which files in it are content.
 * The real site reads the top-level `content/`; a demo build points `CONTENT_DIR` at the generated
 * demo data set and sets `SITE_DATA=demo`, so demo data never mixes into `content/` or a real build.
 *
 * Read at build time and by the command-line tools only: it reads the disk.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The content folder, relative to the project root. */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/**
 * Astro's cache folder for this data set (astro.config.mjs sets `cacheDir` to it): each data set
 * keeps its own, so a demo build never picks up real entries from the other's cache, or the other
 * way round. Derived files cached by a hash of their inputs live in it too (src/lib/buildCache.ts).
 */
export const CACHE_DIR =
  CONTENT_DIR === 'content' ? 'node_modules/.astro' : `node_modules/.astro-${CONTENT_DIR.replace(/[^\w]+/g, '-')}`;

/** True when this build publishes the fictional demo data set. */
export const IS_DEMO = process.env.SITE_DATA === 'demo';

/** The extension of the files loaded as the entries of a collection folder (src/content.config.ts). */
export const ENTRY_EXTENSION = '.mdx';

/** A folder's notes for editors, never an entry. */
const FOLDER_NOTES = 'readme.md';

/**
 * The files of one collection folder (`<contentDir>/<collection>/`, at any depth) that an editor
 * meant as entries, as paths relative to `root`, sorted. `.md` files count too although only
 * {@link ENTRY_EXTENSION} is published: the content checks then name a mistyped extension instead
 * of the file silently not appearing. A folder's README.md is not an entry.
 */
export function listContentFiles(root: string, contentDir: string, collection: string): string[] {
  const dir = join(root, contentDir, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/i.test(entry.name) && entry.name.toLowerCase() !== FOLDER_NOTES)
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => relative(root, path));
}
