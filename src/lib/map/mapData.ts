/**
 * What the map, the route files and the planner get from the content: units as plain points with
 * their facet slugs and precision, and routes as ordered lists of unit ids. Build time only: the
 * browser sees the same shapes through `mapTypes.ts`.
 */
import { type Route, type Unit, getRoutes, getUnitMap, getUnits, stopsOfRoute } from '../content/queries';
import { categoryTerm, regionTerm, statusTerm } from '../content/taxonomy';
import type { ExportPoint, ExportRoute } from '../exports/exportFormats';
import { exportPoint, exportStops, type Place } from '../exports/exportPoint';
import { isApproximate } from '../format';
import { absolute, routePath } from '../paths';
import type { MapPoint, MapRoute } from './mapTypes';
import { STATUS_SYMBOLS } from './statusSymbols';

/** A unit as a place: name, location and status. */
export function unitPlace(unit: Unit): Place {
  const { data } = unit;
  const loc = data.location;
  return {
    id: unit.id,
    name: data.name,
    ...(loc ? { lat: loc.lat, lng: loc.lng, precision: loc.precision } : {}),
    approximate: loc ? isApproximate(loc.precision) : false,
    ...(data.sensitive ? { withheld: true as const } : {}),
    status: statusTerm(data.status).slug,
    statusLabel: statusTerm(data.status).label,
  };
}

/** The map point of a unit. */
export function mapPoint(unit: Unit, routes: Route[]): MapPoint {
  const { data } = unit;
  return {
    ...unitPlace(unit),
    symbol: STATUS_SYMBOLS[data.status],
    region: regionTerm(data.region).slug,
    regionLabel: data.region,
    category: categoryTerm(data.category).slug,
    routes: routes.filter((r) => r.data.stops.some((s) => s.unit === unit.id)).map((r) => r.id),
  };
}

/** A route as the map draws it. */
export function mapRoute(route: Route): MapRoute {
  return {
    id: route.id,
    name: route.data.name,
    travelMode: route.data.travelMode,
    stops: route.data.stops.map((s) => ({ unit: s.unit, minutes: s.minutes })),
  };
}

/** Every unit as a map point, in directory order. */
export async function allMapPoints(): Promise<MapPoint[]> {
  const routes = await getRoutes();
  return (await getUnits()).map((unit) => mapPoint(unit, routes));
}

/** The map data of one route: its stops' points and the route. Undefined for an unknown id. */
export async function routeMapData(routeId: string): Promise<{ points: MapPoint[]; route: MapRoute } | undefined> {
  const routes = await getRoutes();
  const route = routes.find((r) => r.id === routeId);
  if (!route) return undefined;
  const map = await getUnitMap();
  const units = [...new Set(route.data.stops.map((s) => s.unit))].flatMap((id) => map.get(id) ?? []);
  return { points: units.map((u) => mapPoint(u, routes)), route: mapRoute(route) };
}

/** Every located unit as an export point. */
export async function allExportPoints(site: URL | string | undefined): Promise<ExportPoint[]> {
  return (await getUnits()).flatMap((u) => exportPoint(unitPlace(u), site) ?? []);
}

/** A route as the exports need it. */
export async function exportRoute(route: Route, site: URL | string | undefined): Promise<ExportRoute> {
  const stops = await stopsOfRoute(route);
  return {
    name: route.data.name,
    description: `${route.data.theme}。各站之间为直线连接，不是道路导航路线。`,
    url: absolute(site, routePath(route.id)),
    stops: exportStops(
      stops.map((s) => ({ unit: s.unit.id, minutes: s.minutes })),
      new Map(stops.map((s) => [s.unit.id, unitPlace(s.unit)])),
      site,
    ),
  };
}
