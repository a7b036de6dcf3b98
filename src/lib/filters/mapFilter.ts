/**
 * The map page's filter: the unit directory's facets (`region`, `category`, `status`, as taxonomy
 * slugs) plus `route` (a route id), in the URL query so that a filtered map can be shared:
 * `/map/?region=baotou&status=confirmed-point&route=demo-route-2`.
 */
import { type FilterFacet, formatUnitFilter, matchesFilter, parseUnitFilter, type UnitFilter } from './unitFilter';

/** The directory's filter plus the route whose stops the map shows. */
export interface MapFilter extends UnitFilter {
  route?: string;
}

/** Reads the filter; unknown values are dropped and reported as `name=value`. */
export function parseMapFilter(search: string, routeIds: readonly string[]): { filter: MapFilter; invalid: string[] } {
  const { filter, invalid } = parseUnitFilter(search);
  const route = new URLSearchParams(search).get('route');
  const result: MapFilter = { ...filter };
  if (route) {
    if (routeIds.includes(route)) result.route = route;
    else invalid.push(`route=${route}`);
  }
  return { filter: result, invalid };
}

/** Writes the filter as a query string (`?…` or `''`). */
export function formatMapFilter(filter: MapFilter): string {
  const query = formatUnitFilter(filter);
  if (!filter.route) return query;
  return `${query ? `${query}&` : '?'}route=${encodeURIComponent(filter.route)}`;
}

/** Whether a unit (its facet slugs and the routes stopping at it) passes the filter. */
export function matchesMapFilter(unit: Record<FilterFacet, string> & { routes: readonly string[] }, filter: MapFilter) {
  return matchesFilter(unit, filter) && (!filter.route || unit.routes.includes(filter.route));
}
