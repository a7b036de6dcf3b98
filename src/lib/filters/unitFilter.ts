/**
 * The unit directory's filter: which facet values are selected, read from and written to the
 * URL query (`?region=baotou&category=community&status=confirmed-point`), so a filtered view can
 * be shared and reloaded. Values are the taxonomy's ASCII slugs.
 */
import { FACET_TERMS, FACETS, type Facet } from '../content/taxonomy';

/** The facets the directory filters by, which are also the URL parameters. */
export const FILTER_FACETS = FACETS;
/** One of {@link FILTER_FACETS}. */
export type FilterFacet = Facet;

/** Selected slug per facet; a missing facet means "any". */
export type UnitFilter = Partial<Record<FilterFacet, string>>;

/** Whether `slug` is a known value of `facet`. */
export function isFacetValue(facet: FilterFacet, slug: string): boolean {
  return FACET_TERMS[facet].some((term) => term.slug === slug);
}

/**
 * Reads the filter from a query string. Unknown values are dropped and reported, so that a
 * mistyped or outdated link still shows the directory and says what was ignored.
 */
export function parseUnitFilter(search: string): { filter: UnitFilter; invalid: string[] } {
  const params = new URLSearchParams(search);
  const filter: UnitFilter = {};
  const invalid: string[] = [];
  for (const facet of FILTER_FACETS) {
    const value = params.get(facet);
    if (value === null || value === '') continue;
    if (isFacetValue(facet, value)) filter[facet] = value;
    else invalid.push(`${facet}=${value}`);
  }
  return { filter, invalid };
}

/** Writes the filter as a query string (`?…`, or `''` when nothing is selected), in facet order. */
export function formatUnitFilter(filter: UnitFilter): string {
  const params = new URLSearchParams();
  for (const facet of FILTER_FACETS) {
    const value = filter[facet];
    if (value) params.set(facet, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a unit with these facet slugs passes the filter. */
export function matchesFilter(unit: Record<FilterFacet, string>, filter: UnitFilter): boolean {
  return FILTER_FACETS.every((facet) => !filter[facet] || unit[facet] === filter[facet]);
}
