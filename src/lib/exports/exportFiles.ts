/**
 * The export formats and the media type of every file the site offers for download, for the
 * static endpoints and the planner's downloads alike.
 */
import { type ExportPoint, type ExportRoute, toCsv, toGeoJson, toGpx, toKml } from './exportFormats';

/** The formats of the static point and route files, in the order the pages offer them. */
export const EXPORT_FORMATS = ['gpx', 'kml', 'geojson', 'csv'] as const;

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Media types of the export formats, as the files are served. */
export const EXPORT_TYPES: Record<ExportFormat, string> = {
  gpx: 'application/gpx+xml; charset=utf-8',
  kml: 'application/vnd.google-earth.kml+xml; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** Media type of the planner's calendar file (iCalendar, RFC 5545). */
export const ICS_TYPE = 'text/calendar; charset=utf-8';

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
