import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildSearchIndex, INDEX_KIND, SearchIndexError } from '../../src/integrations/searchIndex';
import { ShardSizeError } from '../../src/lib/search/searchShards';
import { loadIndex } from '../search/pagefindNode';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site in a temporary directory: path → HTML. */
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const page = (main: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><header>页眉导航</header>${main}</body></html>`;

const logger = () => ({ info: vi.fn() }) as unknown as AstroIntegrationLogger & { info: ReturnType<typeof vi.fn> };

describe('search index integration', () => {
  test('indexes the pages that mark their main content, and says how many', async () => {
    const dir = site({
      'units/a/index.html': page('<article data-pagefind-body><h1>青山区团结广场</h1><p>广场</p></article>'),
      'stories/b/index.html': page('<article data-pagefind-body><h1>红石榴家园</h1></article>'),
      'index.html': page('<main>首页</main>'),
    });
    const log = logger();
    await buildSearchIndex(dir, log);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(log.info).toHaveBeenCalledWith(expect.stringMatching(/^2 of 3 HTML pages indexed into pagefind\//));
  }, 30_000);

  test('does not even read embeds, press packs and directory pages', async () => {
    const marked = page('<article data-pagefind-body><h1>青山区团结广场</h1></article>');
    const dir = site({
      'units/a/index.html': marked,
      'embed/units/a/index.html': marked,
      'stories/b/press/index.html': marked,
      'units/index.html': page('<main>目录</main>'),
      'index.html': page('<main>首页</main>'),
    });
    const log = logger();
    await buildSearchIndex(dir, log);
    expect(log.info).toHaveBeenCalledWith(expect.stringMatching(/^1 of 2 HTML pages indexed/));
  }, 30_000);

  test('stops the build when no page marks its main content, naming the attribute', async () => {
    const dir = site({ 'index.html': page('<main>首页</main>'), 'units/a/index.html': page('<main>单位</main>') });
    const error = await buildSearchIndex(dir, logger()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchIndexError);
    expect((error as Error).message).toMatch(/^search index: indexing .* failed, so the build stops/);
    expect(((error as Error).cause as Error).message).toContain('data-pagefind-body');
  }, 30_000);

  test('puts the newest stories in the main index and older ones in their own, listed in stories.json', async () => {
    const story = (title: string, date: string) =>
      page(
        `<article data-pagefind-body><h1>${title}</h1><p>石榴籽故事</p>` +
          `<div hidden data-pagefind-ignore><span data-pagefind-sort="date">${date}</span></div></article>`,
      );
    const dir = site({
      'index.html': page('<main>首页</main>'),
      'units/u/index.html': page('<article data-pagefind-body><h1>团结广场</h1></article>'),
      'stories/old/index.html': story('最早的一篇', '2019-01-01'),
      'stories/new/index.html': story('最新的一篇', '2026-05-01'),
      'stories/mid/index.html': story('中间的一篇', '2023-06-01'),
    });
    const log = logger();
    await buildSearchIndex(dir, log, { SEARCH_STORY_SHARD_SIZE: '1' });
    expect(log.info).toHaveBeenCalledWith(expect.stringMatching(/^4 of 5 HTML pages indexed into pagefind\//));
    const manifest = JSON.parse(readFileSync(join(dir, 'pagefind', 'stories.json'), 'utf8')) as unknown;
    expect(manifest).toEqual({
      recent: 1,
      older: [
        { path: 'stories-1/', stories: 1 },
        { path: 'stories-2/', stories: 1 },
      ],
    });
    // An older index has its own page list and chunks, not a second copy of Pagefind's code.
    const shardFiles = readdirSync(join(dir, 'pagefind', 'stories-1'));
    expect(shardFiles).toContain('pagefind-entry.json');
    expect(shardFiles.filter((name) => /\.(js|css)$|^wasm\./.test(name))).toEqual([]);

    // Merged, every story is found; the older indexes hold the older stories, oldest last.
    const api = await loadIndex(dir, 'test');
    const urls = async (filters: Record<string, string> = {}) =>
      Promise.all(((await api.search('石榴籽', { filters }))?.results ?? []).map(async (r) => (await r.data()).url));
    expect((await urls()).sort()).toEqual(['/stories/mid/', '/stories/new/', '/stories/old/']);
    expect(await urls({ shard: '1' })).toEqual(['/stories/mid/']);
    expect(await urls({ shard: '2' })).toEqual(['/stories/old/']);
    const mainOnly = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(mainOnly.languages)[0]?.page_count).toBe(2);
    const older = JSON.parse(readFileSync(join(dir, 'pagefind', 'stories-2', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(older.languages)[0]?.page_count).toBe(1);
  }, 60_000);

  test('with fewer stories than a shard holds, every story is in the main index and stories.json lists no other', async () => {
    const dir = site({
      'index.html': page('<main>首页</main>'),
      'stories/a/index.html': page('<article data-pagefind-body><h1>一篇</h1></article>'),
    });
    await buildSearchIndex(dir, logger(), {});
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'stories.json'), 'utf8'))).toEqual({ recent: 1, older: [] });
    expect(readdirSync(join(dir, 'pagefind')).filter((name) => name.startsWith('stories-'))).toEqual([]);
  }, 30_000);

  test('a story page that does not mark its main content stops the build, naming the page', async () => {
    const dir = site({
      'index.html': page('<main>首页</main>'),
      'units/a/index.html': page('<article data-pagefind-body><h1>单位</h1></article>'),
      'stories/bare/index.html': page('<main>没有标记的故事</main>'),
    });
    const error = await buildSearchIndex(dir, logger(), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchIndexError);
    expect(((error as Error).cause as Error).message).toContain('stories/bare/index.html does not mark');
  }, 30_000);

  test('a rebuild copies back the indexes whose pages did not change, and builds again the one that did', async () => {
    const story = (title: string, date: string) =>
      page(
        `<article data-pagefind-body><h1>${title}</h1><p>石榴籽故事</p>` +
          `<div hidden data-pagefind-ignore><span data-pagefind-sort="date">${date}</span></div></article>`,
      );
    const pages = {
      'index.html': page('<main>首页</main>'),
      'units/u/index.html': page('<article data-pagefind-body><h1>团结广场</h1></article>'),
      'stories/old/index.html': story('最早的一篇', '2019-01-01'),
      'stories/mid/index.html': story('中间的一篇', '2023-06-01'),
      'stories/new/index.html': story('最新的一篇', '2026-05-01'),
    };
    const env = { SEARCH_STORY_SHARD_SIZE: '1' };
    const cacheDir = mkdtempSync(join(tmpdir(), 'search-index-cache-'));
    dirs.push(cacheDir);
    const files = (dir: string) =>
      readdirSync(join(dir, 'pagefind'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const path = join(entry.parentPath, entry.name);
          return [path.slice(dir.length), readFileSync(path).toString('base64')];
        })
        .sort();

    const first = site(pages);
    const firstLog = logger();
    await buildSearchIndex(first, firstLog, env, cacheDir);
    expect(firstLog.info).toHaveBeenCalledWith(expect.not.stringContaining('build cache'));

    // Nothing changed: every index comes from the cache, byte for byte what Pagefind wrote, and
    // each kept index is marked as used (so the cache's eviction keeps it).
    const keptIndexes = readdirSync(join(cacheDir, 'derived', INDEX_KIND)).map((name) =>
      join(cacheDir, 'derived', INDEX_KIND, name),
    );
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    for (const kept of keptIndexes) utimesSync(kept, longAgo, longAgo);
    const same = site(pages);
    const sameLog = logger();
    await buildSearchIndex(same, sameLog, env, cacheDir);
    expect(sameLog.info).toHaveBeenCalledWith(
      expect.stringMatching(/\(3 of 3 indexes unchanged, copied from the build cache\)$/),
    );
    expect(files(same)).toEqual(files(first));
    expect(keptIndexes).toHaveLength(3);
    for (const kept of keptIndexes) expect(statSync(kept).mtimeMs).toBeGreaterThan(longAgo.getTime() + 1000);

    // One older story edited: its index is built again and finds the new text; the others are copied.
    const edited = site({ ...pages, 'stories/mid/index.html': story('中间的一篇改过了', '2023-06-01') });
    const editedLog = logger();
    await buildSearchIndex(edited, editedLog, env, cacheDir);
    expect(editedLog.info).toHaveBeenCalledWith(expect.stringMatching(/\(2 of 3 indexes unchanged/));
    const api = await loadIndex(edited, 'test');
    const found = await api.search('改过了');
    expect(await Promise.all((found?.results ?? []).map(async (r) => (await r.data()).url))).toEqual(['/stories/mid/']);
    expect(
      await Promise.all(((await api.search('石榴籽'))?.results ?? []).map(async (r) => (await r.data()).url)),
    ).toHaveLength(3);
    // The pages Pagefind read from a folder of links of their own: none of those folders is left.
    expect(readdirSync(join(cacheDir, 'search-staging'))).toEqual([]);

    // The unit page's list of stories, which the index ignores, changed: no index is built again.
    const unit = (name: string, listed: string) =>
      page(
        `<article data-pagefind-body><h1>${name}</h1>` +
          `<section data-pagefind-ignore><a href="/stories/mid/">${listed}</a></section></article>`,
      );
    const listing = { ...pages, 'stories/mid/index.html': story('中间的一篇改过了', '2023-06-01') };
    await buildSearchIndex(
      site({ ...listing, 'units/u/index.html': unit('团结广场', '中间的一篇') }),
      logger(),
      env,
      cacheDir,
    );
    const relisted = site({ ...listing, 'units/u/index.html': unit('团结广场', '中间的一篇改过了') });
    const relistedLog = logger();
    await buildSearchIndex(relisted, relistedLog, env, cacheDir);
    expect(relistedLog.info).toHaveBeenCalledWith(expect.stringMatching(/\(3 of 3 indexes unchanged/));
    // Its own name changed: the main index, which holds it, is built again and finds the new name.
    const renamed = site({ ...listing, 'units/u/index.html': unit('团结新广场', '中间的一篇改过了') });
    const renamedLog = logger();
    await buildSearchIndex(renamed, renamedLog, env, cacheDir);
    expect(renamedLog.info).toHaveBeenCalledWith(expect.stringMatching(/\(2 of 3 indexes unchanged/));
    const renamedApi = await loadIndex(renamed, 'test');
    const unitFound = await renamedApi.search('新广场');
    expect(await Promise.all((unitFound?.results ?? []).map(async (r) => (await r.data()).url))).toEqual(['/units/u/']);
  }, 60_000);

  test('a shard size that is not a whole number stops the build before indexing, saying so', async () => {
    const dir = site({ 'index.html': page('<main>首页</main>') });
    const error = await buildSearchIndex(dir, logger(), { SEARCH_STORY_SHARD_SIZE: 'many' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShardSizeError);
    expect((error as Error).message).toMatch(/^SEARCH_STORY_SHARD_SIZE must be a whole number/);
    expect(existsSync(join(dir, 'pagefind'))).toBe(false);
  });
});
