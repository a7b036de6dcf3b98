/**
 * Runs one search: Pagefind's index for the text of every story, unit and route page, and the
 * name-list fallback (`searchFallback.ts`) for the short names and aliases of units and routes
 * that word segmentation can miss. Name matches come first; results are loaded a page at a time.
 */
import { type LabelFilters, matchNames, type NameEntry, normaliseForMatch } from './searchFallback';

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
  const response = await api.search(normaliseForMatch(query) ? query : null, {
    filters,
    ...(request.sort === 'date' ? { sort: { date: 'desc' } } : {}),
  });
  const results = response?.results ?? [];
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
