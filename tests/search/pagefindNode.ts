/**
 * Loads a built site's Pagefind index in Node, without a browser: Pagefind's own `pagefind.js`
 * from `<outDir>/pagefind/`, with `fetch` answering its requests from the files on disk and the
 * minimal `document` it reads the page language from. The indexes of older stories listed in
 * `pagefind/stories.json` are merged in, so every story is searched (filter `shard` picks one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/lib/search/searchEngine';
import { SHARD_FILTER, SHARD_MANIFEST, type StoryShards } from '../../src/lib/search/searchShards';

/** Thrown when the build has no index; says which command makes one. */
export class MissingIndexError extends Error {
  override name = 'MissingIndexError';
}

export async function loadIndex(outDir: string, buildCommand: string): Promise<PagefindApi> {
  const dir = join(outDir, 'pagefind');
  if (!existsSync(join(dir, 'pagefind.js')) || !existsSync(join(dir, 'pagefind-entry.json'))) {
    throw new MissingIndexError(
      `No search index in ${dir}/: these tests read the built index. Run \`${buildCommand}\` first ` +
        '(`npm test` builds before it runs them).',
    );
  }
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://index.invalid/').pathname;
    if (!path.startsWith('/pagefind/')) return realFetch(input);
    const file = join(outDir, decodeURIComponent(path));
    if (!existsSync(file)) return new Response(null, { status: 404 });
    return new Response(readFileSync(file), { status: 200 });
  }) as typeof fetch;
  const html = { getAttribute: (name: string) => (name === 'lang' ? 'zh-CN' : null) };
  (globalThis as { document?: unknown }).document ??= {
    currentScript: null,
    querySelector: (s: string) => (s === 'html' ? html : null),
  };
  const api = (await import(pathToFileURL(join(dir, 'pagefind.js')).href)) as PagefindApi;
  await api.options({ basePath: '/pagefind/', excerptLength: 30 });
  await api.init();
  const shards = JSON.parse(readFileSync(join(dir, SHARD_MANIFEST), 'utf8')) as StoryShards;
  // As the search page merges them: each older index's pages carry its number as a filter.
  for (const [i, { path }] of shards.older.entries()) {
    await api.mergeIndex?.(`/pagefind/${path}`, { excerptLength: 30, mergeFilter: { [SHARD_FILTER]: String(i + 1) } });
  }
  return api;
}
