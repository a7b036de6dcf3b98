/**
 * Astro integration that builds the Pagefind search index of the finished site, inside
 * `astro build`: after Astro has written every page (`astro:build:done`), Pagefind's Node API
 * reads the HTML in the output directory and writes the index to `<outDir>/pagefind/`.
 *
 * Only pages that mark their main content with `data-pagefind-body` (story, unit and route pages)
 * are indexed, and only those (and the home page, as a check) are read; header, footer and
 * directory pages are not. An indexing failure stops the build
 * with the cause attached, so no site without a working index is published.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** Thrown when Pagefind cannot build the index; `cause` carries what Pagefind reported. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** The index directory inside the build output, as the browser requests it: `/pagefind/`. */
export const INDEX_DIR = 'pagefind';

/**
 * The pages Pagefind reads: story, unit and route pages (the ones that mark their content with
 * `data-pagefind-body`), and the home page, which never does. Embeds, press packs and directory
 * pages, two thirds of a large build's HTML, are not even opened. The home page is the check:
 * Pagefind indexes whole pages when none is marked, so the home page in the index means that the
 * marks are gone.
 */
export const INDEXED_PAGES = '{index.html,stories/*/index.html,units/*/index.html,routes/*/index.html}';

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

/** Indexes the pages of {@link INDEXED_PAGES} under `outDir` and writes the index to `outDir/pagefind/`. */
export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const created = await pagefind.createIndex({
      // Pages declare `lang="zh-CN"`; forcing it keeps a page without the attribute from landing
      // in a separate index that Chinese queries never reach.
      forceLanguage: 'zh-cn',
    });
    const { index } = created;
    if (!index || created.errors.length > 0) return fail('creating the index', created.errors);
    const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
    if (added.errors.length > 0) fail(`reading the HTML in ${outDir}`, added.errors);
    const written = await index.writeFiles({ outputPath: join(outDir, INDEX_DIR) });
    if (written.errors.length > 0) fail('writing the index', written.errors);
    const pages = indexedPages(join(outDir, INDEX_DIR));
    // Pagefind indexes whole pages, chrome included, when no page marks its main content. The home
    // page never does, so all pages indexed, the home page with them, means none did.
    if (pages === added.page_count) {
      fail(`indexing ${outDir}`, [
        `all ${pages} HTML pages were indexed whole, header and footer included: no page carries ` +
          'data-pagefind-body. Story, unit and route pages must mark their main content with it.',
      ]);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(`${pages} of ${added.page_count} HTML pages indexed into ${INDEX_DIR}/ in ${seconds} s`);
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
