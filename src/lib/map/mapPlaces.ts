/**
 * The map page's list of places: located units grouped by region in the order of the taxonomy,
 * the units without a location apart, and the `data-*` attributes the map filter reads from each
 * list item.
 */
import { REGIONS } from '../content/taxonomy';
import { isApproximate } from '../format';
import type { MapPoint } from './mapTypes';

/** What the grouping needs of a unit. */
interface PlaceUnit {
  data: { region: string; location?: { precision: number } | undefined };
}

/** The units of the map page's list, located ones by region, and how many are approximate. */
export function mapPlaces<U extends PlaceUnit>(units: readonly U[]) {
  const located = units.filter((u) => u.data.location);
  return {
    located,
    unlocated: units.filter((u) => !u.data.location),
    /** How many located units are approximate. */
    approximate: located.filter((u) => isApproximate(u.data.location?.precision ?? 0)).length,
    /** Regions with at least one located unit, in taxonomy order. */
    groups: REGIONS.map((region) => ({ region, units: located.filter((u) => u.data.region === region.value) })).filter(
      (group) => group.units.length > 0,
    ),
  };
}

/** The `data-*` attributes of a list item the map filter matches: the unit's facet slugs and routes. */
export type MapItemData = Record<`data-${string}`, string | undefined>;

/** The attributes of each unit's list item, by id, from the map points. */
export function mapItemData(points: readonly MapPoint[]): (id: string) => MapItemData {
  const byId = new Map(points.map((p) => [p.id, p]));
  return (id) => {
    const p = byId.get(id);
    return {
      'data-unit': id,
      'data-region': p?.region,
      'data-category': p?.category,
      'data-status': p?.status,
      'data-routes': p?.routes.join(' '),
    };
  };
}
