/**
 * Static route and point files: `/exports/points.{gpx,kml,geojson,csv}` for every located unit,
 * and `/exports/routes/<id>.{gpx,kml,geojson,csv}` for each route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoutes } from '../../lib/content/queries';
import { EXPORT_FORMATS, type ExportFormat, exportFile } from '../../lib/exports/exportFiles';
import { allExportPoints, exportRoute } from '../../lib/map/mapData';
import { exportPath } from '../../lib/paths';

/** `exportPath()` without its leading `/exports/`: the rest parameter of this endpoint. */
const fileParam = (format: ExportFormat, routeId?: string) => exportPath(format, routeId).slice('/exports/'.length);

export const getStaticPaths = (async () => {
  const routes = await getRoutes();
  return EXPORT_FORMATS.flatMap((format) => [
    { params: { file: fileParam(format) }, props: { format, routeId: undefined } },
    ...routes.map((route) => ({ params: { file: fileParam(format, route.id) }, props: { format, routeId: route.id } })),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { format, routeId } = props as { format: ExportFormat; routeId: string | undefined };
  const route = routeId ? (await getRoutes()).find((r) => r.id === routeId) : undefined;
  const file = route
    ? exportFile(format, route.data.name, [], await exportRoute(route, site))
    : exportFile(format, '民族团结进步创建示范单位与地点', await allExportPoints(site));
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};
