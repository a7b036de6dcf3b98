/**
 * `/search/names.json`: the names of every unit and route (full name, short name, aliases) with
 * their filters, for the search's substring fallback. Word segmentation can split a short name
 * such as 团结广场 differently from the way users type it; a plain substring match over these few
 * names always finds it. Stories are left out: their titles are indexed in full, and at thousands
 * of stories the list would outweigh the index.
 */
import type { APIRoute } from 'astro';
import { getRoutes, getUnits, stopsOfRoute } from '../../lib/content/queries';
import { routeRecord, unitRecord } from '../../lib/search/searchRecords';
import { toNameEntry } from '../../lib/search/searchFallback';

export const GET: APIRoute = async () => {
  const units = (await getUnits()).map(unitRecord);
  const routes = await Promise.all(
    (await getRoutes()).map(async (route) =>
      routeRecord(
        route,
        (await stopsOfRoute(route)).map((stop) => stop.unit.data.region),
      ),
    ),
  );
  return new Response(JSON.stringify([...units, ...routes].map(toNameEntry)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
