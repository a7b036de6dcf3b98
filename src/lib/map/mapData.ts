/**
 * What the map, the route files and the planner get from the content: units as plain points with
 * their facet slugs and precision, and routes as ordered lists of unit ids. Build time only: the
 * browser sees the same shapes through `mapTypes.ts`.
 */
import { type Route, type Unit, getRoutes, getUnitMap, getUnits, stopsOfRoute } from '../content/queries';
import type { ExportPoint, ExportRoute } from '../exports/exportFormats';
import { isApproximate } from '../format';
import type { MapPoint, MapRoute } from './mapTypes';
import { STATUS_SYMBOLS } from './statusSymbols';
import { categoryTerm, regionTerm, statusTerm } from '../content/taxonomy';

/** The map point of a unit. */
export function mapPoint(unit: Unit, routes: Route[]): MapPoint {
  const { data } = unit;
  const loc = data.location;
  return {
    id: unit.id,
    name: data.name,
    ...(loc ? { lat: loc.lat, lng: loc.lng, precision: loc.precision } : {}),
    approximate: loc ? isApproximate(loc.precision) : false,
    status: statusTerm(data.status).slug,
    statusLabel: statusTerm(data.status).label,
    symbol: STATUS_SYMBOLS[data.status],
    region: regionTerm(data.region).slug,
    regionLabel: data.region,
    category: categoryTerm(data.category).slug,
    routes: routes.filter((r) => r.data.stops.some((s) => s.unit === unit.id)).map((r) => r.id),
  };
}

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

/** A unit as an export point (only when it has a location). */
export function exportPoint(unit: Unit, site: URL): ExportPoint | null {
  const loc = unit.data.location;
  if (!loc) return null;
  return {
    id: unit.id,
    name: unit.data.name,
    lat: loc.lat,
    lng: loc.lng,
    precision: loc.precision,
    approximate: isApproximate(loc.precision),
    status: statusTerm(unit.data.status).slug,
    statusLabel: statusTerm(unit.data.status).label,
    url: new URL(`/units/${unit.id}/`, site).toString(),
  };
}

/** Every located unit as an export point. */
export async function allExportPoints(site: URL): Promise<ExportPoint[]> {
  return (await getUnits()).flatMap((u) => exportPoint(u, site) ?? []);
}

/** A route as the exports need it. */
export async function exportRoute(route: Route, site: URL): Promise<ExportRoute> {
  const stops = await stopsOfRoute(route);
  return {
    name: route.data.name,
    description: `${route.data.theme}。各站之间为直线连接，不是道路导航路线。`,
    url: new URL(`/routes/${route.id}/`, site).toString(),
    stops: stops.map((s) => ({
      id: s.unit.id,
      name: s.unit.data.name,
      minutes: s.minutes,
      point: exportPoint(s.unit, site),
    })),
  };
}
