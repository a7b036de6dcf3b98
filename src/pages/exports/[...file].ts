/**
 * Static route and point files: `/exports/points.{gpx,kml,geojson,csv}` for every located unit,
 * and `/exports/routes/<id>.{gpx,kml,geojson,csv}` for each route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoutes } from '../../lib/content/queries';
import { EXPORT_FORMATS, type ExportFormat, exportFile } from '../../lib/exports/exportFiles';
import { allExportPoints, exportRoute } from '../../lib/map/mapData';

export const getStaticPaths = (async () => {
  const routes = await getRoutes();
  return EXPORT_FORMATS.flatMap((format) => [
    { params: { file: `points.${format}` }, props: { format, routeId: undefined } },
    ...routes.map((route) => ({
      params: { file: `routes/${route.id}.${format}` },
      props: { format, routeId: route.id },
    })),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { format, routeId } = props as { format: ExportFormat; routeId: string | undefined };
  const base = site ?? new URL('http://localhost/');
  const points = await allExportPoints(base);
  const route = routeId ? (await getRoutes()).find((r) => r.id === routeId) : undefined;
  const file = route
    ? exportFile(format, route.data.name, [], await exportRoute(route, base))
    : exportFile(format, '民族团结进步创建示范单位与地点', points);
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};
