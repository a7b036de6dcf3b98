/**
 * `/qr/<kind>/<id>.svg`: the QR code of every story, unit and route page's address, for the share
 * panel. A file of its own rather than inline, so that it loads only when the panel is reached and
 * the page itself stays within its first round trip.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKey } from '../../../lib/content/pageKeys';
import { getRoutes, getStories, getUnits } from '../../../lib/content/queries';
import { qrSvg } from '../../../lib/media/qr';
import { absolute, pagePath, type RecordKind } from '../../../lib/paths';

export const getStaticPaths = (async () => {
  const [stories, units, routes] = await Promise.all([getStories(), getUnits(), getRoutes()]);
  // The code says the page's address alone: keyed by kind and id (the site address is in Astro's config).
  const paths = (kind: RecordKind, records: { id: string }[]) =>
    records.map(({ id }) => ({ params: { kind, id }, cacheKey: pageKey({ collection: kind, id, data: null }) }));
  return [...paths('stories', stories), ...paths('units', units), ...paths('routes', routes)];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const url = absolute(site, pagePath(params.kind as RecordKind, String(params.id)));
  return new Response(await qrSvg(url), { headers: { 'Content-Type': 'image/svg+xml' } });
};
