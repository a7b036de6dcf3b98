/**
 * The export formats with their media types, for the static endpoints and the planner's downloads.
 *
 * Shared by the export endpoints (build time) and the planner script.
 */
import { type ExportPoint, type ExportRoute, toCsv, toGeoJson, toGpx, toKml } from './exportFormats';

export const EXPORT_FORMATS = ['gpx', 'kml', 'geojson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  gpx: 'application/gpx+xml; charset=utf-8',
  kml: 'application/vnd.google-earth.kml+xml; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The file of one format: a route's when `route` is given, else the points'. */
export function exportFile(
  format: ExportFormat,
  title: string,
  points: ExportPoint[],
  route?: ExportRoute,
): { body: string; type: string } {
  const routePoints = route ? route.stops.flatMap((s) => s.point ?? []) : points;
  const body =
    format === 'gpx'
      ? toGpx(title, routePoints, route)
      : format === 'kml'
        ? toKml(title, routePoints, route)
        : format === 'geojson'
          ? toGeoJson(title, routePoints, route)
          : toCsv(routePoints, route);
  return { body, type: EXPORT_TYPES[format] };
}
