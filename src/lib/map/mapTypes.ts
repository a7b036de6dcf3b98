/**
 * The shapes of the map's data as the browser receives it (JSON in `data-*` attributes), made at
 * build time by `mapData.ts`. Types only, so browser scripts can name them without the content layer.
 */
import type { Place } from '../exports/exportPoint';
import type { TravelMode } from '../geo/travel';

/** A unit as the browser's map and planner see it: a place, with what the map draws and filters by. */
export interface MapPoint extends Place {
  symbol: string;
  region: string;
  regionLabel: string;
  category: string;
  /** Ids of the routes that stop here. */
  routes: string[];
}

/** A route as the map draws it. */
export interface MapRoute {
  id: string;
  name: string;
  travelMode: TravelMode;
  stops: { unit: string; minutes: number }[];
}
