import { describe, expect, test } from 'vitest';
import type { PagefindApi, PagefindResultData } from '../../../src/lib/search/searchEngine';
import type { NameEntry } from '../../../src/lib/search/searchFallback';
import { createSearchSession, type SessionEnvironment } from '../../../src/lib/search/searchSession';
import type { StoryShards } from '../../../src/lib/search/searchShards';

const page = (url: string, title: string): PagefindResultData => ({
  url,
  excerpt: `…<mark>${title}</mark>…`,
  meta: { title, type: '故事', region: '包头市' },
});

const SHARDS: StoryShards = { recent: 2, older: [{ path: 'stories-1/', stories: 3 }] };

/**
 * A stand-in for Pagefind and the files beside it: the main index holds `recent`, the merged index
 * of older stories `older`; a query matches a page whose title contains it. Records what was asked.
 */
function fakeSite({
  recent,
  older,
  failFirstLoad = false,
}: {
  recent: PagefindResultData[];
  older: PagefindResultData[];
  failFirstLoad?: boolean;
}) {
  const log: string[] = [];
  let merged = false;
  let loads = 0;
  const api: PagefindApi = {
    options: () => Promise.resolve(),
    init: () => {
      log.push('init');
      return Promise.resolve();
    },
    preload: (query) => {
      log.push(`preload ${query}`);
      return Promise.resolve();
    },
    mergeIndex: (path) => {
      log.push(`merge ${path}`);
      merged = true;
      return Promise.resolve();
    },
    search: (query) => {
      const pages = [...recent, ...(merged ? older : [])].filter((p) => !query || p.meta.title?.includes(query));
      return Promise.resolve({
        results: pages.map((p) => ({ id: p.url, data: () => Promise.resolve(p) })),
      });
    },
  };
  const environment: SessionEnvironment = {
    loadPagefind: (url) => {
      loads += 1;
      log.push(`load ${url}`);
      return failFirstLoad && loads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(api);
    },
    fetchJson: <T>(url: string) => Promise.resolve((url.endsWith('stories.json') ? SHARDS : ([] as NameEntry[])) as T),
  };
  const session = createSearchSession({ indexBase: '/pagefind/', namesUrl: '/search/names.json' }, environment);
  return { session, log };
}

const ask = (query: string, all = false) => ({ query, filters: {}, sort: 'relevance' as const, all, pageSize: 2 });

describe('search session', () => {
  test('loads Pagefind once, however many searches and preloads', async () => {
    const { session, log } = fakeSite({ recent: [page('/stories/a/', '团结甲')], older: [] });
    await session.warm();
    await session.preload('团结');
    await session.search(ask('团结'));
    await session.search(ask('甲'));
    expect(log.filter((line) => line.startsWith('load') || line === 'init')).toEqual([
      'load /pagefind/pagefind.js',
      'init',
    ]);
    expect(log).toContain('preload 团结');
  });

  test('an empty query preloads nothing, and full-width text is preloaded as it is searched', async () => {
    const { session, log } = fakeSite({ recent: [], older: [] });
    await session.preload('   ');
    await session.preload('２０２５年');
    expect(log.filter((line) => line.startsWith('preload'))).toEqual(['preload 2025年']);
  });

  test('the newest stories are searched first; older ones only when asked for', async () => {
    const { session, log } = fakeSite({
      recent: [page('/stories/new/', '团结新')],
      older: [page('/stories/old/', '团结旧')],
    });
    const first = await session.search(ask('团结'));
    expect(first).toMatchObject({ total: 1, all: false, shards: SHARDS });
    expect(log.some((line) => line.startsWith('merge'))).toBe(false);
    const all = await session.search(ask('团结', true));
    expect(all).toMatchObject({ total: 2, all: true });
    expect(log.filter((line) => line.startsWith('merge'))).toEqual(['merge /pagefind/stories-1/']);
  });

  test('when the newest find nothing, the older stories are searched, and say so', async () => {
    const { session } = fakeSite({
      recent: [page('/stories/new/', '新')],
      older: [page('/stories/old/', '只在旧的里')],
    });
    const result = await session.search(ask('旧的'));
    expect(result).toMatchObject({ total: 1, all: true });
    expect(result.hits.map((hit) => hit.url)).toEqual(['/stories/old/']);
    // Once merged, every later search covers them too, and says so.
    expect(await session.search(ask('新'))).toMatchObject({ all: true });
  });

  test('"more" pages through the search it names, and only through a kept one', async () => {
    const pages = Array.from({ length: 5 }, (_, i) => page(`/stories/${i}/`, `故事${i}`));
    const { session } = fakeSite({ recent: pages, older: [] });
    const first = await session.search(ask('故事'));
    expect(first.hits.map((hit) => hit.url)).toEqual(['/stories/0/', '/stories/1/']);
    expect((await session.more(first.id, 2)).map((hit) => hit.url)).toEqual(['/stories/2/', '/stories/3/']);
    // Later searches (one per search field on the page, newest kept) push the first one out.
    for (let i = 0; i < 4; i++) await session.search(ask('故事'));
    expect(await session.more(first.id, 2)).toEqual([]);
    expect(await session.more(first.id + 99, 2)).toEqual([]);
  });

  test('a failed load is an error for that search, and the next search loads again', async () => {
    const { session } = fakeSite({ recent: [page('/stories/a/', '团结')], older: [], failFirstLoad: true });
    await expect(session.search(ask('团结'))).rejects.toThrow('offline');
    expect((await session.search(ask('团结'))).total).toBe(1);
  });
});
