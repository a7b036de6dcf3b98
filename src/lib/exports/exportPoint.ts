/**
 * Places as the exports need them. The static files (from units at build time) and the planner's
 * downloads (from the map points in the page) both go through these, so a stop reads the same in
 * a route's file and in a plan's.
 */
import { absolute, unitPath } from '../paths';
import type { ExportPoint, ExportStop } from './exportFormats';

/** What the exports need of a place; a map point has all of it. */
export interface Place {
  id: string;
  name: string;
  /** Present only when the location is known. */
  lat?: number | undefined;
  lng?: number | undefined;
  /** Radius in metres within which the place lies. */
  precision?: number | undefined;
  approximate: boolean;
  /** True for a sensitive facility: its location is withheld, not unknown. Absent otherwise. */
  withheld?: true;
  /** Status slug and its label. */
  status: string;
  statusLabel: string;
}

/** A place as an export point, linked to its page on `site`; null when its location is unknown. */
export function exportPoint(place: Place, site: URL | string | undefined): ExportPoint | null {
  if (place.lat === undefined || place.lng === undefined) return null;
  return {
    id: place.id,
    name: place.name,
    lat: place.lat,
    lng: place.lng,
    precision: place.precision ?? 0,
    approximate: place.approximate,
    status: place.status,
    statusLabel: place.statusLabel,
    url: absolute(site, unitPath(place.id)),
  };
}

/** Stops as export stops, in order; a unit missing from `places` keeps its id as its name and has no point. */
export function exportStops(
  stops: readonly { unit: string; minutes: number }[],
  places: ReadonlyMap<string, Place>,
  site: URL | string | undefined,
): ExportStop[] {
  return stops.map((stop) => {
    const place = places.get(stop.unit);
    return {
      id: stop.unit,
      name: place?.name ?? stop.unit,
      minutes: stop.minutes,
      point: place ? exportPoint(place, site) : null,
    };
  });
}
