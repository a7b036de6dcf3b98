/**
 * The search page's state in its URL: `/search/?q=红石榴&type=unit&region=baotou&sort=date`, and
 * `stories=all` once older stories are searched too (src/lib/search/searchShards.ts).
 * Filter values are ASCII slugs (page type, and the taxonomy's region, category and status
 * slugs), so a search can be shared as a link; the index stores the labels they stand for.
 */
import type { LabelFilters } from './searchFallback';
import { SEARCH_TYPES } from './searchRecords';
import { CATEGORIES, REGIONS, STATUSES, type Term } from '../content/taxonomy';

/** The filters of the search page, in the order the form shows them. */
export const SEARCH_FILTERS = ['type', 'region', 'category', 'status'] as const;
/** One filter of the search page. */
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Each filter's terms: URL slug, label shown, and the value stored in the index (the label). */
export const SEARCH_FILTER_TERMS: Record<SearchFilter, readonly Term[]> = {
  type: SEARCH_TYPES.map(({ slug, label }) => ({ value: label, slug, label })),
  region: REGIONS.map(({ value, slug }) => ({ value, slug, label: value })),
  category: CATEGORIES.map(({ slug, label }) => ({ value: label, slug, label })),
  status: STATUSES.map(({ slug, label }) => ({ value: label, slug, label })),
};

/** The orders results can be sorted in; relevance is the default. */
export const SORTS = ['relevance', 'date'] as const;
/** One order of the results. */
export type SearchSort = (typeof SORTS)[number];

/** Longer input is cut: no real query is this long, and the index would only slow down. */
export const MAX_QUERY_LENGTH = 100;

/** Everything the search page's URL says: the query, the filters and the order. */
export interface SearchState {
  query: string;
  /** Selected slug per filter; missing means any. */
  filters: Partial<Record<SearchFilter, string>>;
  sort: SearchSort;
  /** Older stories are searched too (`stories=all`); missing means the newest stories only. */
  allStories?: true;
}

/** The state of a search page opened without a query string. */
export const EMPTY_STATE: SearchState = { query: '', filters: {}, sort: 'relevance' };

/**
 * Reads the state from a query string. Unknown filter values and sorts are dropped and reported
 * as `name=value`, so that a mistyped or outdated link still searches and says what was ignored.
 */
export function parseSearchParams(search: string): { state: SearchState; invalid: string[] } {
  const params = new URLSearchParams(search);
  const invalid: string[] = [];
  const query = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const filters: SearchState['filters'] = {};
  for (const filter of SEARCH_FILTERS) {
    const value = params.get(filter);
    if (value === null || value === '') continue;
    if (SEARCH_FILTER_TERMS[filter].some((term) => term.slug === value)) filters[filter] = value;
    else invalid.push(`${filter}=${value}`);
  }
  const sortParam = params.get('sort');
  let sort: SearchSort = 'relevance';
  if (sortParam === 'date') sort = 'date';
  else if (sortParam !== null && sortParam !== '' && sortParam !== 'relevance') invalid.push(`sort=${sortParam}`);
  const stories = params.get('stories');
  if (stories !== null && stories !== '' && stories !== 'all' && stories !== 'recent')
    invalid.push(`stories=${stories}`);
  return { state: { query, filters, sort, ...(stories === 'all' ? { allStories: true as const } : {}) }, invalid };
}

/** Writes the state as a query string (`?q=…&type=…`, or `''` for the empty state). */
export function formatSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const filter of SEARCH_FILTERS) {
    const value = state.filters[filter];
    if (value) params.set(filter, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.allStories) params.set('stories', 'all');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The selected filters as the index stores them (labels). */
export function labelFilters(state: SearchState): LabelFilters {
  const filters: LabelFilters = {};
  for (const filter of SEARCH_FILTERS) {
    const slug = state.filters[filter];
    const term = slug ? SEARCH_FILTER_TERMS[filter].find((t) => t.slug === slug) : undefined;
    if (term) filters[filter] = term.value;
  }
  return filters;
}

/** Whether any filter is selected. */
export const hasFilters = (state: SearchState): boolean => SEARCH_FILTERS.some((filter) => !!state.filters[filter]);

/**
 * A shorter query to suggest when nothing was found: the first two characters of a Chinese query
 * of three or more (most Chinese words are two characters long), else nothing.
 */
export function shorterQuery(query: string): string | undefined {
  const chars = [...query.replace(/[\s"'“”‘’《》「」]+/g, '')];
  return chars.length > 2 ? chars.slice(0, 2).join('') : undefined;
}

/** The terms of `filter` whose stored value occurs in `values`, in vocabulary order. */
export function presentTerms(filter: SearchFilter, values: Iterable<string>): Term[] {
  const present = new Set(values);
  return SEARCH_FILTER_TERMS[filter].filter((term) => present.has(term.value));
}
