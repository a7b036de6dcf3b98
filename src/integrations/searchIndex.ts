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
 *
 * Each index is kept in the build cache by a hash of the pages it holds (src/lib/buildCache.ts): a
 * rebuild after editing one story builds again only the index that story is in, and copies the
 * others back unchanged.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { cacheFile, keepFolder, markUsed } from '../lib/buildCache';
import { CACHE_DIR } from '../lib/content/contentDir';
import { inTurn } from '../lib/inTurn';
import {
  planStoryShards,
  SHARD_MANIFEST,
  shardDir,
  type ShardStory,
  storyShardSize,
  type StoryShards,
} from '../lib/search/searchShards';
import { indexedContent } from '../lib/search/indexedContent';

/** Thrown when Pagefind cannot build the index; `cause` carries what Pagefind reported. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** The index directory inside the build output, as the browser requests it: `/pagefind/`. */
export const INDEX_DIR = 'pagefind';

/**
 * The pages of the main index besides the newest stories: unit and route pages (the ones that mark
 * their content with `data-pagefind-body`), and the home page, which never does. Embeds, press
 * packs and directory pages, two thirds of a large build's HTML, are not even opened. The home page
 * is the check: Pagefind indexes whole pages when none is marked, so the home page in the index
 * means that the marks are gone.
 */
export const INDEXED_FOLDERS = ['units', 'routes'] as const;

/**
 * The installed Pagefind's version, from its package.json in the nearest node_modules (its package
 * exports neither that file nor anything `require` could resolve).
 */
function pagefindVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) throw new SearchIndexError('search index: Pagefind is not installed: run npm install.');
  }
}

/** What decides an index besides its pages: a new Pagefind or other settings build every index again. */
const INDEX_SETTINGS = {
  pagefind: pagefindVersion(),
  // Pages declare `lang="zh-CN"`; forcing it keeps a page without the attribute from landing in a
  // separate index that Chinese queries never reach.
  forceLanguage: 'zh-cn',
};

/** The build cache's folder for finished indexes. */
export const INDEX_KIND = 'search-index';

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

/** A page to index: its file under the output folder, its URL and a hash of its HTML. */
interface IndexedPage {
  path: string;
  url: string;
  hash: string;
}

/** A story page: an {@link IndexedPage} with the date it is sorted by. */
type StoryPage = IndexedPage & ShardStory;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The `index.html` of each folder under `outDir/<section>/`, as `<section>/<slug>/index.html`. */
function pagesIn(outDir: string, section: string): { path: string; url: string }[] {
  let slugs: string[];
  try {
    slugs = readdirSync(join(outDir, section), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
  return slugs
    .map((slug) => ({ path: `${section}/${slug}/index.html`, url: `/${section}/${slug}/` }))
    .filter(({ path }) => existsSync(join(outDir, path)));
}

/**
 * The home page, unit and route pages: read for their hash (Pagefind reads them again if it must).
 * The hash is of what the index can see of the page (src/lib/search/indexedContent.ts), so that a
 * unit page, which lists its stories in a section the index ignores, does not have the main index
 * built again whenever one of those stories changes. There are few of these pages; story pages
 * are thousands, and are hashed whole.
 */
function readMainPages(outDir: string): IndexedPage[] {
  const pages = [
    ...(existsSync(join(outDir, 'index.html')) ? [{ path: 'index.html', url: '/' }] : []),
    ...INDEXED_FOLDERS.flatMap((section) => pagesIn(outDir, section)),
  ];
  return pages.map((page) => ({
    ...page,
    hash: sha256(indexedContent(readFileSync(join(outDir, page.path), 'utf8'))),
  }));
}

/**
 * The story pages under `outDir/stories/` (one folder per story with its `index.html`), with their
 * dates; their HTML is not held (thousands of pages), only its hash.
 */
function readStories(outDir: string): StoryPage[] {
  return pagesIn(outDir, 'stories').map(({ path, url }) => {
    const content = readFileSync(join(outDir, path), 'utf8');
    if (!content.includes('data-pagefind-body')) {
      fail(`indexing ${path}`, [
        `${path} does not mark its main content with data-pagefind-body, so Pagefind would index ` +
          'it whole, header and footer included.',
      ]);
    }
    const date = /data-pagefind-sort="date"[^>]*>\s*([^<\s]+)/.exec(content)?.[1];
    return { path, url, date, hash: sha256(content) };
  });
}

/** A new Pagefind index with the site's settings. */
async function newIndex(): Promise<pagefind.PagefindIndex> {
  const created = await pagefind.createIndex({ forceLanguage: INDEX_SETTINGS.forceLanguage });
  const { index } = created;
  if (!index || created.errors.length > 0) return fail('creating the index', created.errors);
  return index;
}

/**
 * Adds pages to an index. Pagefind reads a folder's pages several at a time, where pages handed
 * over one by one are parsed in turn (300 story pages: 0.3 s against 1.3 s), so the pages are
 * linked into a folder of their own under `stagingRoot` (which must exist), at the same paths as
 * in the output (their URLs come out the same), and Pagefind is given that folder. Where a link
 * is not possible (another file system), the page is copied.
 */
async function addPages(
  index: pagefind.PagefindIndex,
  outDir: string,
  pages: readonly IndexedPage[],
  stagingRoot: string,
): Promise<void> {
  const staged = mkdtempSync(join(stagingRoot, 'search-pages-'));
  try {
    for (const page of pages) {
      const target = join(staged, page.path);
      mkdirSync(dirname(target), { recursive: true });
      try {
        linkSync(join(outDir, page.path), target);
      } catch {
        copyFileSync(join(outDir, page.path), target);
      }
    }
    const added = await index.addDirectory({ path: staged });
    if (added.errors.length > 0) fail(`reading ${pages.length} pages of ${outDir}`, added.errors);
    if (added.page_count !== pages.length) {
      fail(`reading ${outDir}`, [`Pagefind read ${added.page_count} of the ${pages.length} pages it was given.`]);
    }
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
}

/** Writes an index to `dir`, then lets Pagefind free it (it keeps every index until told). */
async function write(index: pagefind.PagefindIndex, dir: string): Promise<void> {
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) fail('writing the index', written.errors);
  await index.deleteIndex();
}

/**
 * Older indexes built at once. Pagefind answers each file in turn, so a few indexes side by side
 * overlap their round trips; more would only hold more pages in Pagefind's memory at one time.
 */
const INDEXES_AT_ONCE = 4;

/** Moves a file or folder to `target`, copying it where a rename is not possible (another file system). */
function moveInto(source: string, target: string): void {
  try {
    renameSync(source, target);
  } catch {
    cpSync(source, target, { recursive: true });
    rmSync(source, { recursive: true, force: true });
  }
}

/**
 * Writes into `dir` the index of `pages`: copied from the build cache when an earlier build made it
 * from the very same pages, else built by `make` and then kept there (copied to a temporary name,
 * then renamed, so that a build stopped halfway keeps no partial index). Without a cache folder
 * every index is built. Returns whether it came from the cache.
 */
async function indexOf(
  pages: readonly IndexedPage[],
  dir: string,
  cacheDir: string | undefined,
  make: () => Promise<void>,
): Promise<boolean> {
  const kept =
    cacheDir &&
    cacheFile(INDEX_KIND, { settings: INDEX_SETTINGS, pages: pages.map(({ url, hash }) => [url, hash]) }, cacheDir);
  if (kept && existsSync(kept)) {
    try {
      cpSync(kept, dir, { recursive: true });
      markUsed(kept);
      return true;
    } catch {
      // Unreadable: built again below.
      rmSync(dir, { recursive: true, force: true });
    }
  }
  await make();
  // Kept as written, on its own: the main index is written apart from the older indexes and
  // stories.json, and moved in with them afterwards.
  if (kept) keepFolder(dir, kept);
  return false;
}

/**
 * Indexes the home, unit and route pages and the stories under `outDir`: the main index in
 * `outDir/pagefind/` with the newest stories, older stories in `outDir/pagefind/stories-N/`,
 * and the list of those in `outDir/pagefind/stories.json`. The shard size comes from `env`. With
 * a `cacheDir`, indexes are kept there and an index whose pages did not change is copied back.
 */
export async function buildSearchIndex(
  outDir: string,
  logger: AstroIntegrationLogger,
  env: Record<string, string | undefined> = process.env,
  cacheDir?: string,
): Promise<void> {
  const started = performance.now();
  const mainDir = join(outDir, INDEX_DIR);
  // A wrong shard size stops the build before Pagefind starts, with its own message.
  const size = storyShardSize(env);
  const stagingRoot = join(cacheDir ?? tmpdir(), 'search-staging');
  let mainBuilt: string | undefined;
  try {
    const mainPages = readMainPages(outDir);
    const stories = readStories(outDir);
    const [recent = [], ...older] = planStoryShards(stories, size);
    const offered = mainPages.length + recent.length;
    // The main index is written beside the output first and moved into pagefind/ once done, so that
    // the older indexes can be written into pagefind/ meanwhile: all indexes are built side by side
    // (at most INDEXES_AT_ONCE older ones), and the main index is kept in the cache without them.
    mkdirSync(stagingRoot, { recursive: true });
    const built = mkdtempSync(join(stagingRoot, 'main-index-'));
    mainBuilt = built;
    const buildMain = indexOf([...mainPages, ...recent], built, cacheDir, async () => {
      const index = await newIndex();
      await addPages(index, outDir, [...mainPages, ...recent], stagingRoot);
      await write(index, built);
      // Pagefind indexes whole pages, chrome included, when no page marks its main content. The
      // home page never does, so all pages indexed, the home page with them, means none did.
      if (indexedPages(built) === offered) {
        fail(`indexing ${outDir}`, [
          `all ${offered} HTML pages were indexed whole, header and footer included: no page carries ` +
            'data-pagefind-body. Story, unit and route pages must mark their main content with it.',
        ]);
      }
    });
    const buildOlder = inTurn(older, INDEXES_AT_ONCE, async (shard, n) => {
      const path = shardDir(n + 1);
      const dir = join(mainDir, path);
      const wasKept = await indexOf(shard, dir, cacheDir, async () => {
        const shardIndex = await newIndex();
        await addPages(shardIndex, outDir, shard, stagingRoot);
        await write(shardIndex, dir);
        for (const name of readdirSync(dir)) if (SHARED_FILES.test(name)) rmSync(join(dir, name));
      });
      return { path, stories: shard.length, pages: indexedPages(dir), wasKept };
    });
    // Both run to their end before a failure is reported: Pagefind is closed only when neither
    // is still talking to it.
    const [mainDone, olderDone] = await Promise.allSettled([buildMain, buildOlder]);
    if (mainDone.status === 'rejected') throw mainDone.reason;
    if (olderDone.status === 'rejected') throw olderDone.reason;
    const olderIndexes = olderDone.value;
    let pages = indexedPages(built);
    mkdirSync(mainDir, { recursive: true });
    for (const name of readdirSync(built)) moveInto(join(built, name), join(mainDir, name));
    const reused = (mainDone.value ? 1 : 0) + olderIndexes.filter(({ wasKept }) => wasKept).length;
    const manifest: StoryShards = {
      recent: recent.length,
      older: olderIndexes.map(({ path, stories: count }) => ({ path, stories: count })),
    };
    pages += olderIndexes.reduce((sum, shard) => sum + shard.pages, 0);
    writeFileSync(join(mainDir, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const indexes = older.length + 1;
    logger.info(
      `${pages} of ${offered + stories.length - recent.length} HTML pages indexed into ${INDEX_DIR}/ in ${seconds} s` +
        (reused > 0 ? ` (${reused} of ${indexes} indexes unchanged, copied from the build cache)` : ''),
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
    if (mainBuilt) rmSync(mainBuilt, { recursive: true, force: true });
  }
}

/** The integration: indexes the finished build. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'mztj:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger, process.env, CACHE_DIR);
      },
    },
  };
}
