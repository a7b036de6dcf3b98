import { describe, expect, test } from 'vitest';
import { matchNames, type NameEntry, normaliseForMatch } from '../../../src/lib/search/searchFallback';
import { type PagefindApi, type PagefindResultData, runSearch } from '../../../src/lib/search/searchEngine';
import {
  EMPTY_STATE,
  formatSearchParams,
  labelFilters,
  MAX_QUERY_LENGTH,
  parseSearchParams,
  presentTerms,
  shorterQuery,
} from '../../../src/lib/search/searchQuery';
import { routeRecord, searchFilters, searchMeta, storyRecord, unitRecord } from '../../../src/lib/search/searchRecords';

const unit = unitRecord({
  id: 'bt-tuanjie-square',
  data: {
    name: '青山区团结广场',
    shortName: '团结广场',
    aliases: ['Tuanjie Square', '团结广场'],
    region: '包头市',
    category: '景区/公园',
    status: 'confirmed-point',
    updated: new Date('2026-11-01'),
  },
});

describe('search records', () => {
  test('a unit carries its filters, its date and its other names once each', () => {
    expect(unit).toEqual({
      type: 'unit',
      url: '/units/bt-tuanjie-square/',
      title: '青山区团结广场',
      regions: ['包头市'],
      category: '景区/公园',
      status: '示范点（来源证实）',
      date: '2026-11-01',
      names: ['团结广场', 'Tuanjie Square'],
    });
    expect(searchFilters(unit)).toEqual([
      ['type', '示范单位'],
      ['region', '包头市'],
      ['category', '景区/公园'],
      ['status', '示范点（来源证实）'],
    ]);
  });

  test('a story sorts by its date; a route has the regions of its stops once each', () => {
    const story = storyRecord({
      id: 's1',
      data: { title: '标题', region: '内蒙古自治区', date: new Date('2022-10-14') },
    });
    expect(story.date).toBe('2022-10-14');
    expect(searchFilters(story)).toEqual([
      ['type', '故事'],
      ['region', '内蒙古自治区'],
    ]);
    const route = routeRecord({ id: 'r1', data: { name: '线路' } }, ['包头市', '包头市', '呼和浩特市']);
    expect(searchMeta(route)).toEqual([
      ['type', '线路'],
      ['region', '包头市、呼和浩特市'],
    ]);
  });
});

describe('search URL', () => {
  test('reads query, filters and sort, and writes them back in a fixed order', () => {
    const { state, invalid } = parseSearchParams('?sort=date&region=baotou&q=+红石榴+&type=unit');
    expect(invalid).toEqual([]);
    expect(state).toEqual({ query: '红石榴', filters: { type: 'unit', region: 'baotou' }, sort: 'date' });
    expect(formatSearchParams(state)).toBe('?q=%E7%BA%A2%E7%9F%B3%E6%A6%B4&type=unit&region=baotou&sort=date');
    expect(formatSearchParams(EMPTY_STATE)).toBe('');
  });

  test('unknown values are dropped and named', () => {
    const { state, invalid } = parseSearchParams('?q=x&type=page&status=famous&sort=random&category=community');
    expect(state.filters).toEqual({ category: 'community' });
    expect(state.sort).toBe('relevance');
    expect(invalid).toEqual(['type=page', 'status=famous', 'sort=random']);
  });

  test('`stories=all` (older stories searched too) survives the round trip; other values are named', () => {
    const { state, invalid } = parseSearchParams('?q=%E7%A4%BA%E4%BE%8B&stories=all&sort=date');
    expect(invalid).toEqual([]);
    expect(state).toEqual({ query: '示例', filters: {}, sort: 'date', allStories: true });
    expect(formatSearchParams(state)).toBe('?q=%E7%A4%BA%E4%BE%8B&sort=date&stories=all');
    expect(parseSearchParams('?q=x&stories=recent').state).toEqual({ query: 'x', filters: {}, sort: 'relevance' });
    const wrong = parseSearchParams('?q=x&stories=old');
    expect(wrong.state.allStories).toBeUndefined();
    expect(wrong.invalid).toEqual(['stories=old']);
  });

  test('an overlong query is cut', () => {
    expect(parseSearchParams(`?q=${'团'.repeat(500)}`).state.query).toHaveLength(MAX_QUERY_LENGTH);
  });

  test('slugs become the labels the index stores', () => {
    const { state } = parseSearchParams('?type=route&region=baotou&category=community&status=confirmed-point');
    expect(labelFilters(state)).toEqual({
      type: '线路',
      region: '包头市',
      category: '社区',
      status: '示范点（来源证实）',
    });
  });

  test('only terms that occur are offered', () => {
    expect(presentTerms('region', ['包头市', '通辽市', '包头市']).map((t) => t.slug)).toEqual(['baotou', 'tongliao']);
  });

  test('a shorter word is suggested for queries of three characters or more', () => {
    expect(shorterQuery('火箭舰艇')).toBe('火箭');
    expect(shorterQuery('“拉话话”')).toBe('拉话');
    expect(shorterQuery('火箭')).toBeUndefined();
  });
});

const names: NameEntry[] = [
  { url: '/units/a/', title: '包头市民族事务委员会', type: '示范单位', regions: ['包头市'], names: ['包头市民委'] },
  { url: '/units/b/', title: '科左中旗民族事务委员会', type: '示范单位', regions: ['通辽市'], names: ['科左中旗民委'] },
  { url: '/units/c/', title: '自由路街道互助社区', type: '示范单位', regions: ['包头市'], names: ['互助社区'] },
  { url: '/routes/r/', title: '民委线路', type: '线路', regions: ['包头市'], names: [] },
];

describe('name-list fallback', () => {
  test('normalises width, case, spaces and quotation marks', () => {
    expect(normaliseForMatch(' “钢３８ 社区” ')).toBe('钢38社区');
    expect(normaliseForMatch('《Tuanjie》')).toBe('tuanjie');
  });

  test('an exact name ranks first, then a prefix, then a containing name', () => {
    expect(matchNames(names, '互助社区').map((m) => m.entry.url)).toEqual(['/units/c/']);
    expect(matchNames(names, '民委').map((m) => [m.entry.url, m.alias])).toEqual([
      ['/routes/r/', undefined],
      ['/units/a/', '包头市民委'],
      ['/units/b/', '科左中旗民委'],
    ]);
  });

  test('applies the filters, and ignores one-character queries', () => {
    expect(matchNames(names, '民委', { region: '通辽市' }).map((m) => m.entry.url)).toEqual(['/units/b/']);
    expect(matchNames(names, '民委', { type: '线路' }).map((m) => m.entry.url)).toEqual(['/routes/r/']);
    expect(matchNames(names, '民')).toEqual([]);
  });
});

/** A stand-in for Pagefind that returns fixed pages and records what it was asked. */
function fakeIndex(pages: PagefindResultData[]) {
  const calls: unknown[][] = [];
  const api: PagefindApi = {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    search: (query, options) => {
      calls.push([query, options]);
      return Promise.resolve({
        results: pages.map((page, i) => ({ id: String(i), data: () => Promise.resolve(page) })),
      });
    },
  };
  return { api, calls };
}

const page = (url: string, title: string): PagefindResultData => ({
  url,
  excerpt: `…<mark>${title}</mark>…`,
  meta: { title, type: '故事', region: '包头市' },
});

describe('runSearch', () => {
  test('name matches come first, without duplicates, and count once', async () => {
    const { api } = fakeIndex([page('/stories/s/', '故事'), page('/units/c/', '自由路街道互助社区')]);
    const outcome = await runSearch(api, names, { query: '互助社区', filters: {}, sort: 'relevance' });
    expect(outcome.total).toBe(2);
    expect(outcome.hits.map((h) => h.url)).toEqual(['/units/c/', '/stories/s/']);
    // The index's excerpt is kept for a page both found.
    expect(outcome.hits[0]?.excerpt).toContain('<mark>');
  });

  test('a page only the name list finds is added to the count', async () => {
    const { api } = fakeIndex([page('/stories/s/', '故事')]);
    const outcome = await runSearch(api, names, { query: '包头市民委', filters: {}, sort: 'relevance' });
    expect(outcome.total).toBe(2);
    expect(outcome.hits[0]).toMatchObject({ url: '/units/a/', alias: '包头市民委', type: '示范单位', excerpt: '' });
  });

  test('passes filters and the date sort to the index, and pages through results', async () => {
    const pages = Array.from({ length: 25 }, (_, i) => page(`/stories/${i}/`, `故事${i}`));
    const { api, calls } = fakeIndex(pages);
    const outcome = await runSearch(api, [], { query: '', filters: { type: '故事' }, sort: 'date' }, 10);
    expect(calls).toEqual([[null, { filters: { type: '故事' }, sort: { date: 'desc' } }]]);
    expect(outcome.total).toBe(25);
    expect(outcome.hits).toHaveLength(10);
    expect((await outcome.more(10)).map((h) => h.url)[0]).toBe('/stories/10/');
    expect(await outcome.more(10)).toHaveLength(5);
    expect(await outcome.more(10)).toEqual([]);
  });

  test('sorted by date over merged indexes, the newest stories stay first', async () => {
    // As Pagefind merges sorted indexes: each index's results scored by rank within it, then all
    // ordered by score, so the indexes interleave; a filter on `shard` reaches one older index.
    const indexes = [
      [page('/units/u/', '单位'), page('/stories/n1/', '新1'), page('/stories/n2/', '新2')],
      [page('/stories/o1/', '旧1'), page('/stories/o2/', '旧2')],
      [page('/stories/p1/', '更旧1')],
    ];
    const api: PagefindApi = {
      options: () => Promise.resolve(),
      init: () => Promise.resolve(),
      search: (_query, options) => {
        const shard = options?.filters?.shard;
        const results = indexes.flatMap((pages, n) =>
          (shard === undefined || shard === String(n)) && !(shard !== undefined && n === 0)
            ? pages.map((p, i) => ({ id: p.url, score: pages.length - 1 - i, data: () => Promise.resolve(p) }))
            : [],
        );
        return Promise.resolve({ results: results.sort((a, b) => b.score - a.score) });
      },
    };
    const request = { query: '', filters: { type: '故事' }, sort: 'date' as const };
    const merged = await runSearch(api, [], request);
    // Pagefind's own order mixes the indexes …
    expect(merged.hits.map((h) => h.url)).not.toEqual(indexes.flat().map((p) => p.url));
    // … told how many older indexes there are, the search puts them back in date order.
    const sorted = await runSearch(api, [], { ...request, olderIndexes: 2 });
    expect(sorted.total).toBe(6);
    expect(sorted.hits.map((h) => h.url)).toEqual(indexes.flat().map((p) => p.url));
  });

  test('with neither query nor filter it does not search', async () => {
    const { api, calls } = fakeIndex([page('/stories/s/', '故事')]);
    expect((await runSearch(api, names, { query: '  ', filters: {}, sort: 'relevance' })).total).toBe(0);
    expect(calls).toEqual([]);
  });
});
