/**
 * Reads the content a build was made from, so that tests can check the pages against the data
 * (counts, names, route order) instead of repeating numbers that change with the content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFrontmatter } from '../../src/lib/content/frontmatter';

/** The project root (the directory of playwright.config.ts). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The real site's content, and the demo data set that `npm run build:demo` generates. */
export const REAL_CONTENT = join(ROOT, 'content');
export const DEMO_CONTENT = join(ROOT, '.demo', 'content');

export interface Entry {
  /** The entry's `id` field (the file name without extension when there is none). */
  id: string;
  data: Record<string, unknown>;
}

/**
 * Frontmatter of every entry of one collection, sorted by file name: the `**\/*.mdx` files that
 * src/content.config.ts loads (a folder's README.md is not an entry).
 */
export function readCollection(contentDir: string, collection: 'stories' | 'units' | 'routes'): Entry[] {
  const dir = join(contentDir, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const frontmatter = readFrontmatter(readFileSync(join(dir, name), 'utf8'));
      if (frontmatter.error !== undefined) throw new Error(`${join(dir, name)}: ${frontmatter.error}`);
      const data = frontmatter.data as Record<string, unknown>;
      return { id: typeof data.id === 'string' ? data.id : basename(name, '.mdx'), data };
    });
}

/**
 * The title of a real story, read from its file, so that tests follow an editor's retitling.
 * Throws when the story does not exist.
 */
export function storyTitle(id: string): string {
  const story = readCollection(REAL_CONTENT, 'stories').find((entry) => entry.id === id);
  if (typeof story?.data.title !== 'string') throw new Error(`content/stories: no story with id ${id} and a title`);
  return story.data.title;
}

/** The statuses counted as one of Baotou's demonstration points (src/lib/taxonomy.ts `POINT_STATUSES`). */
export const POINT_STATUSES = ['official-list', 'confirmed-point', 'point-other-source'];
