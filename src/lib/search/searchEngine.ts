/**
 * Runs one search: Pagefind's index for the text of every story, unit and route page, and the
 * name-list fallback (`searchFallback.ts`) for the short names and aliases of units and routes
 * that word segmentation can miss. Name matches come first; results are loaded a page at a time.
 */
import { type LabelFilters, matchNames, type NameEntry, normaliseForMatch } from './searchFallback';
import { SHARD_FILTER } from './searchShards';

/** What a Pagefind result's `data()` resolves to (the fields used here). */
export interface PagefindResultData {
  url: string;
  /** Text around the match, with the matched words in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** A Pagefind result before its data is loaded. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** The part of Pagefind's JS API (`/pagefind/pagefind.js`) the search uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
  preload?(query: string): Promise<void>;
  /** Adds another index (a folder like `/pagefind/stories-1/`) to every later search. */
  mergeIndex?(path: string, options?: Record<string, unknown>): Promise<void>;
}

/** One result as the interface shows it. */
export interface SearchHit {
  url: string;
  title: string;
  /** Page type label: 故事, 示范单位, 线路. */
  type: string;
  region: string;
  /** Excerpt as HTML from Pagefind (matches in `<mark>`); empty for a name-list match. */
  excerpt: string;
  /** The short name or alias that matched, when the name list found the page by it. */
  alias?: string;
}

/** What to search for: the query, the filters as index labels, and the order. */
export interface SearchRequest {
  query: string;
  filters: LabelFilters;
  sort: 'relevance' | 'date';
  /** Indexes of older stories merged into the search (src/lib/search/searchShards.ts); none if missing. */
  olderIndexes?: number;
}

/** What a search found: the count, the first page, and a way to load more. */
export interface SearchOutcome {
  /** Number of results. */
  total: number;
  /** The first page of results. */
  hits: SearchHit[];
  /** Loads the next `count` results (empty when there are no more). */
  more(count: number): Promise<SearchHit[]>;
}

/** The query as Pagefind should read it: full-width letters and digits half-width, trimmed. */
export const normaliseQuery = (query: string): string => query.normalize('NFKC').trim();

const toHit = (data: PagefindResultData): SearchHit => ({
  url: data.url,
  title: data.meta.title ?? data.url,
  type: data.meta.type ?? '',
  region: data.meta.region ?? '',
  excerpt: data.excerpt,
});

const nameHit = (entry: NameEntry, alias?: string): SearchHit => ({
  url: entry.url,
  title: entry.title,
  type: entry.type,
  region: entry.regions.join('、'),
  excerpt: '',
  ...(alias ? { alias } : {}),
});

/** Runs a search. With neither query nor filter there is nothing to search: no results. */
export async function runSearch(
  api: PagefindApi,
  names: readonly NameEntry[],
  request: SearchRequest,
  pageSize = 10,
): Promise<SearchOutcome> {
  const query = normaliseQuery(request.query);
  const hasFilter = Object.values(request.filters).some(Boolean);
  if (!normaliseForMatch(query) && !hasFilter) return { total: 0, hits: [], more: () => Promise.resolve([]) };

  const filters = Object.fromEntries(Object.entries(request.filters).filter(([, v]) => !!v)) as Record<string, string>;
  const search = async (extra: Record<string, string> = {}) =>
    (
      await api.search(normaliseForMatch(query) ? query : null, {
        filters: { ...filters, ...extra },
        ...(request.sort === 'date' ? { sort: { date: 'desc' } } : {}),
      })
    )?.results ?? [];
  let results = await search();
  // Sorted by date, Pagefind interleaves merged indexes by rank within each. Older indexes hold
  // only stories older than the main index's, so: the main index's results in its order (units,
  // routes and the newest stories), then each older index's, asked for one by one.
  if (request.sort === 'date' && request.olderIndexes) {
    const older = await Promise.all(
      Array.from({ length: request.olderIndexes }, (_, i) => search({ [SHARD_FILTER]: String(i + 1) })),
    );
    const olderIds = new Set(older.flat().map((result) => result.id));
    results = [...results.filter((result) => !olderIds.has(result.id)), ...older.flat()];
  }
  const load = (slice: PagefindResult[]) => Promise.all(slice.map(async (result) => toHit(await result.data())));

  const firstPage = await load(results.slice(0, pageSize));
  const matches = query ? matchNames(names, query, request.filters) : [];
  const byUrl = new Map(firstPage.map((hit) => [hit.url, hit]));
  const named = matches.map(({ entry, alias }) => {
    const found = byUrl.get(entry.url);
    return found ? { ...found, ...(alias ? { alias } : {}) } : nameHit(entry, alias);
  });
  const namedUrls = new Set(named.map((hit) => hit.url));
  const extra = named.filter((hit) => !byUrl.has(hit.url)).length;
  const rest = firstPage.filter((hit) => !namedUrls.has(hit.url));
  // Sorted by date, the index's order is the order asked for; name matches without a date follow.
  const hits =
    request.sort === 'date'
      ? [
          ...firstPage.map((hit) => named.find((n) => n.url === hit.url) ?? hit),
          ...named.filter((n) => !byUrl.has(n.url)),
        ]
      : [...named, ...rest];

  let next = pageSize;
  return {
    total: results.length + extra,
    hits,
    async more(count: number) {
      const slice = results.slice(next, next + count);
      next += count;
      return (await load(slice)).filter((hit) => !namedUrls.has(hit.url));
    },
  };
}
