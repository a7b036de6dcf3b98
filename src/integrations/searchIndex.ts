/**
 * Astro integration that builds the Pagefind search indexes of the finished site, inside
 * `astro build`: after Astro has written every page (`astro:build:done`), Pagefind's Node API
 * reads the HTML in the output directory and writes the indexes to `<outDir>/pagefind/`.
 *
 * Only pages that mark their main content with `data-pagefind-body` (story, unit and route pages)
 * are indexed, and only those (and the home page, as a check) are read; header, footer and
 * directory pages are not. The main index holds the units, the routes and the newest stories;
 * older stories go into indexes of their own, newest first (src/lib/search/searchShards.ts), listed
 * in `pagefind/stories.json`, so the first search downloads one small index however many stories
 * there are. An indexing failure stops the build with the cause attached, so no site without a
 * working index is published.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import {
  planStoryShards,
  SHARD_MANIFEST,
  shardDir,
  type ShardStory,
  storyShardSize,
  type StoryShards,
} from '../lib/search/searchShards';

/** Thrown when Pagefind cannot build the index; `cause` carries what Pagefind reported. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** The index directory inside the build output, as the browser requests it: `/pagefind/`. */
export const INDEX_DIR = 'pagefind';

/**
 * The pages Pagefind reads from disk into the main index: unit and route pages (the ones that mark
 * their content with `data-pagefind-body`), and the home page, which never does. Story pages are
 * read by the integration and given to the index they belong to. Embeds, press packs and directory
 * pages, two thirds of a large build's HTML, are not even opened. The home page is the check:
 * Pagefind indexes whole pages when none is marked, so the home page in the index means that the
 * marks are gone.
 */
export const INDEXED_PAGES = '{index.html,units/*/index.html,routes/*/index.html}';

/** Files of an index of older stories that the browser never asks for (it uses the main index's). */
const SHARED_FILES = /^(pagefind[^/]*\.(js|css)|wasm\..*)$/;

const fail = (step: string, errors: string[] | unknown): never => {
  throw new SearchIndexError(
    `search index: ${step} failed, so the build stops (a site without its index is not complete).`,
    {
      cause: Array.isArray(errors) ? new Error(errors.join('\n')) : errors,
    },
  );
};

/** Pages in a written index (the pages with `data-pagefind-body`), from its entry file. */
function indexedPages(indexDir: string): number {
  const entry = JSON.parse(readFileSync(join(indexDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** A story page as read from the output: its path, URL, date and HTML. */
interface StoryPage extends ShardStory {
  url: string;
  content: string;
}

/** The story pages under `outDir/stories/` (one folder per story with its `index.html`). */
function readStories(outDir: string): StoryPage[] {
  let slugs: string[];
  try {
    slugs = readdirSync(join(outDir, 'stories'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
  const stories: StoryPage[] = [];
  for (const slug of slugs) {
    const path = `stories/${slug}/index.html`;
    let content: string;
    try {
      content = readFileSync(join(outDir, path), 'utf8');
    } catch {
      continue;
    }
    if (!content.includes('data-pagefind-body')) {
      fail(`indexing ${path}`, [
        `${path} does not mark its main content with data-pagefind-body, so Pagefind would index ` +
          'it whole, header and footer included.',
      ]);
    }
    const date = /data-pagefind-sort="date"[^>]*>\s*([^<\s]+)/.exec(content)?.[1];
    stories.push({ path, url: `/stories/${slug}/`, date, content });
  }
  return stories;
}

/** A new Pagefind index with the site's settings. */
async function newIndex(): Promise<pagefind.PagefindIndex> {
  const created = await pagefind.createIndex({
    // Pages declare `lang="zh-CN"`; forcing it keeps a page without the attribute from landing
    // in a separate index that Chinese queries never reach.
    forceLanguage: 'zh-cn',
  });
  const { index } = created;
  if (!index || created.errors.length > 0) return fail('creating the index', created.errors);
  return index;
}

/** Adds story pages to an index. */
async function addStories(index: pagefind.PagefindIndex, stories: readonly StoryPage[]): Promise<void> {
  for (const story of stories) {
    const added = await index.addHTMLFile({ url: story.url, content: story.content });
    if (added.errors.length > 0) fail(`reading ${story.path}`, added.errors);
  }
}

/** Writes an index to `dir`. */
async function write(index: pagefind.PagefindIndex, dir: string): Promise<void> {
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) fail('writing the index', written.errors);
}

/**
 * Indexes the pages of {@link INDEXED_PAGES} and the stories under `outDir`: the main index in
 * `outDir/pagefind/` with the newest stories, older stories in `outDir/pagefind/stories-N/`,
 * and the list of those in `outDir/pagefind/stories.json`. The shard size comes from `env`.
 */
export async function buildSearchIndex(
  outDir: string,
  logger: AstroIntegrationLogger,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  const started = performance.now();
  const mainDir = join(outDir, INDEX_DIR);
  // A wrong shard size stops the build before Pagefind starts, with its own message.
  const size = storyShardSize(env);
  try {
    const stories = readStories(outDir);
    const [recent = [], ...older] = planStoryShards(stories, size);

    const index = await newIndex();
    const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
    if (added.errors.length > 0) fail(`reading the HTML in ${outDir}`, added.errors);
    await addStories(index, recent);
    await write(index, mainDir);
    const offered = added.page_count + recent.length;
    let pages = indexedPages(mainDir);
    // Pagefind indexes whole pages, chrome included, when no page marks its main content. The home
    // page never does, so all pages indexed, the home page with them, means none did.
    if (pages === offered) {
      fail(`indexing ${outDir}`, [
        `all ${pages} HTML pages were indexed whole, header and footer included: no page carries ` +
          'data-pagefind-body. Story, unit and route pages must mark their main content with it.',
      ]);
    }

    // The older indexes are built side by side: Pagefind answers each file in turn, and the round
    // trips of several indexes overlap. Within an index the files still go in order.
    const olderIndexes = await Promise.all(
      older.map(async (shard, n) => {
        const path = shardDir(n + 1);
        const dir = join(mainDir, path);
        const shardIndex = await newIndex();
        await addStories(shardIndex, shard);
        await write(shardIndex, dir);
        for (const name of readdirSync(dir)) if (SHARED_FILES.test(name)) rmSync(join(dir, name));
        return { path, stories: shard.length, pages: indexedPages(dir) };
      }),
    );
    const manifest: StoryShards = {
      recent: recent.length,
      older: olderIndexes.map(({ path, stories: count }) => ({ path, stories: count })),
    };
    pages += olderIndexes.reduce((sum, shard) => sum + shard.pages, 0);
    writeFileSync(join(mainDir, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(
      `${pages} of ${offered + stories.length - recent.length} HTML pages indexed into ${INDEX_DIR}/ in ${seconds} s`,
    );
    logger.info(
      `${stories.length} stories: the newest ${recent.length} in ${INDEX_DIR}/ with the units and routes` +
        (older.length > 0 ? `, older ones in ${older.length} more indexes of up to ${size}` : ''),
    );
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    fail('running Pagefind', error);
  } finally {
    await pagefind.close();
  }
}

/** The integration: indexes the finished build. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'mztj:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
