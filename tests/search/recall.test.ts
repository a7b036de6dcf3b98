/**
 * Recall of the real site's search, against the built index in dist/pagefind/ (run after
 * `npm run build`; `npm run test:search`). Each query is something a reader would type, drawn
 * from the content; each names the pages it must bring up on the first page of results, through
 * the same code the search page runs (Pagefind plus the name-list fallback).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { NameEntry } from '../../src/lib/search/searchFallback';
import { type PagefindApi, runSearch, type SearchHit } from '../../src/lib/search/searchEngine';
import { loadIndex } from './pagefindNode';

const OUT_DIR = 'dist';
const BUILD = 'npm run build';
/** Results on the first page of the search page. */
const PAGE = 10;

interface Case {
  query: string;
  /** What kind of query it is, for the report. */
  kind: string;
  /** Pages that must be on the first page of results. */
  expect: string[];
  /** The page that must come first, when one page is plainly what is meant. */
  first?: string;
}

const story = (id: string) => `/stories/${id}/`;
const unit = (id: string) => `/units/${id}/`;

const CASES: Case[] = [
  // Places
  { kind: 'place', query: '团结广场', expect: [unit('bt-tuanjie-square')], first: unit('bt-tuanjie-square') },
  { kind: 'place', query: '秦长城', expect: [unit('bt-qin-great-wall-ncp')], first: unit('bt-qin-great-wall-ncp') },
  { kind: 'place', query: '赵北长城', expect: [unit('bt-zhao-great-wall-display')] },
  { kind: 'place', query: '黄河大集', expect: [unit('bt-huanghe-daji')], first: unit('bt-huanghe-daji') },
  { kind: 'place', query: '康巴什', expect: [unit('unit-kangbashi-gov'), story('kangbashi-modernisation')] },
  { kind: 'place', query: '陈巴尔虎旗', expect: [story('chenbaerhu-border'), unit('unit-chenbaerhu-gov')] },
  { kind: 'place', query: '昆都仑区', expect: [unit('bt-gangtiedajie-32'), unit('bt-aerding-1-community')] },
  { kind: 'place', query: '达茂旗', expect: [unit('bt-jihulongtu-red-ger')] },
  // Programme and brand names
  { kind: 'programme', query: '红石榴家园', expect: [story('baotou-mw-urban-ethnic-work')] },
  { kind: 'programme', query: '互观互学', expect: [story('event-2022-baotou-huguan-huxue')] },
  { kind: 'programme', query: '兴边富民行动', expect: [story('chenbaerhu-border')] },
  { kind: 'programme', query: '中央厨房', expect: [story('keyouqian-media-centre')] },
  { kind: 'programme', query: '小小石榴籽', expect: [story('kezuozhong-spiritual-home')] },
  { kind: 'programme', query: '乌兰牧骑', expect: [story('kangbashi-modernisation')] },
  {
    kind: 'programme',
    query: '134工作法',
    expect: [story('bayannur-power-company')],
    first: story('bayannur-power-company'),
  },
  // Slogans and names in quotation marks, typed with the marks
  { kind: 'quoted', query: '“拉话话”', expect: [story('baotou-mw-urban-ethnic-work')] },
  { kind: 'quoted', query: '“石榴花开”', expect: [unit('bt-shiliuhuakai-park')] },
  { kind: 'quoted', query: '“齐心协力建包钢”', expect: [unit('bt-qixinxieli-baogang-hall')] },
  { kind: 'quoted', query: '“天下黄河第一村”', expect: [unit('bt-huanghe-daji')] },
  { kind: 'quoted', query: '“七个一”', expect: [story('kezuozhong-spiritual-home')] },
  // Numbers with units
  { kind: 'number', query: '127项', expect: [story('hohhot-mw-demonstration-city')] },
  { kind: 'number', query: '21项测评指标', expect: [story('hohhot-mw-demonstration-city')] },
  { kind: 'number', query: '2.8亿次', expect: [story('keyouqian-media-centre')] },
  { kind: 'number', query: '11.1万', expect: [story('baotou-mw-urban-ethnic-work')] },
  // Two-character words
  { kind: 'two characters', query: '护边', expect: [story('chenbaerhu-border')] },
  { kind: 'two characters', query: '蒙牛', expect: [unit('unit-mengniu')], first: unit('unit-mengniu') },
  { kind: 'two characters', query: '授牌', expect: [story('event-2022-baotou-huguan-huxue')] },
  { kind: 'two characters', query: '稀土', expect: [unit('bt-rare-earth-museum')] },
  // Organisations
  {
    kind: 'organisation',
    query: '包头市民族事务委员会',
    expect: [unit('unit-baotou-mw'), story('baotou-mw-urban-ethnic-work')],
    first: unit('unit-baotou-mw'),
  },
  {
    kind: 'organisation',
    query: '科右前旗融媒体中心',
    expect: [unit('unit-keyouqian-media'), story('keyouqian-media-centre')],
  },
  { kind: 'organisation', query: '乌兰察布市消防救援支队', expect: [unit('unit-ulanqab-fire')] },
  // Short names and aliases the content records. Word segmentation finds these pages, but ranks
  // the story that mentions the name above the unit that bears it; the name list puts the unit
  // first.
  {
    kind: 'short name',
    query: '巴彦淖尔电业局',
    expect: [unit('unit-bayannur-power')],
    first: unit('unit-bayannur-power'),
  },
  {
    kind: 'short name',
    query: '巴彦淖尔供电公司',
    expect: [unit('unit-bayannur-power')],
    first: unit('unit-bayannur-power'),
  },
  { kind: 'short name', query: '包头市民委', expect: [unit('unit-baotou-mw')], first: unit('unit-baotou-mw') },
  { kind: 'short name', query: '钢38社区', expect: [unit('bt-gang38-community')], first: unit('bt-gang38-community') },
  { kind: 'short name', query: '特勤大队', expect: [unit('bt-fire-special-service-brigade')] },
  { kind: 'short name', query: '赛银花', expect: [unit('unit-saiyinhua')], first: unit('unit-saiyinhua') },
  {
    kind: 'short name',
    query: '铸牢主题公园',
    expect: [unit('bt-zhulao-theme-park')],
    first: unit('bt-zhulao-theme-park'),
  },
  { kind: 'short name', query: '友谊十九', expect: [unit('bt-youyi-19')], first: unit('bt-youyi-19') },
  // Full-width digits, as some input methods type them
  { kind: 'full-width', query: '钢３８社区', expect: [unit('bt-gang38-community')] },
];

let api: PagefindApi;
let names: NameEntry[];

beforeAll(async () => {
  api = await loadIndex(OUT_DIR, BUILD);
  names = JSON.parse(readFileSync(join(OUT_DIR, 'search', 'names.json'), 'utf8')) as NameEntry[];
});

const search = async (query: string, filters = {}, sort: 'relevance' | 'date' = 'relevance') =>
  runSearch(api, names, { query, filters, sort }, PAGE);
const urls = (hits: SearchHit[]) => hits.map((hit) => hit.url);

describe('recall of real queries', () => {
  test('the set covers every kind of query, with at least 30 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.kind)).size).toBeGreaterThanOrEqual(7);
  });

  test.each(CASES)('$kind: $query', async ({ query, expect: wanted, first }) => {
    const { hits } = await search(query);
    const found = urls(hits);
    for (const url of wanted) expect(found, `“${query}” must find ${url}`).toContain(url);
    if (first) expect(found[0], `“${query}” must list ${first} first`).toBe(first);
  });
});

describe('results', () => {
  test('carry type, region, title and a highlighted excerpt', async () => {
    const { hits } = await search('红石榴家园');
    const hit = hits.find((h) => h.url === story('baotou-mw-urban-ethnic-work'));
    expect(hit).toMatchObject({ type: '故事', region: '包头市', title: expect.stringContaining('红石榴') as string });
    // The index may split the query into words of one or two characters: any of them highlighted.
    expect(hit?.excerpt).toMatch(/<mark>[^<]*(红|石榴|家园)[^<]*<\/mark>/);
  });

  test('a type filter keeps only that type', async () => {
    const { hits, total } = await search('红石榴', { type: '示范单位' });
    expect(total).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.type))).toEqual(new Set(['示范单位']));
  });

  test('a region filter keeps only that region, for index and name-list results alike', async () => {
    const { hits } = await search('民委', { region: '通辽市' });
    expect(urls(hits)).toContain(unit('unit-kezuozhong-mw'));
    expect(urls(hits)).not.toContain(unit('unit-baotou-mw'));
    expect(hits.every((h) => h.region.includes('通辽市'))).toBe(true);
  });

  test('category and status filters apply to units', async () => {
    const { hits } = await search('社区', { category: '社区', status: '示范点（来源证实）' });
    expect(urls(hits)).toEqual([unit('bt-aerding-1-community')]);
  });

  test('filters alone, without a query, list what they select', async () => {
    const { total } = await search('', { type: '故事' });
    // Every story in content/ and nothing else.
    const stories = readdirSync(join('content', 'stories')).filter((file) => /^[^_].*\.mdx$/.test(file));
    expect(stories.length).toBeGreaterThan(0);
    expect(total).toBe(stories.length);
  });

  test('stories sort by date, newest first', async () => {
    const { hits } = await search('民族团结', { type: '故事' }, 'date');
    const dates = await Promise.all(
      hits.map((h) => /\/stories\/([^/]+)\//.exec(h.url)?.[1] ?? '').map((id) => storyDate(id)),
    );
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('page chrome is not indexed: no result is found by the navigation and footer words themselves', async () => {
    // A single character of the phrase (正) may stand in some story; the phrase itself must not.
    for (const chrome of ['跳到正文', '数据说明']) {
      const { hits } = await search(chrome);
      for (const hit of hits) expect(hit.excerpt.replace(/<\/?mark>/g, ''), hit.url).not.toContain(chrome);
    }
  });

  test('a word that is nowhere in the content finds nothing', async () => {
    expect((await search('火箭')).total).toBe(0);
    expect((await search('xyzzy')).total).toBe(0);
  });
});

function storyDate(id: string): string {
  const text = readFileSync(join('content', 'stories', `${id}.mdx`), 'utf8');
  return /^date: (\S+)/m.exec(text)?.[1] ?? '';
}
