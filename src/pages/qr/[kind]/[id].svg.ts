/**
 * `/qr/<kind>/<id>.svg`: the QR code of every story, unit and route page's address, for the share
 * panel. A file of its own rather than inline, so that it loads only when the panel is reached and
 * the page itself stays within its first round trip.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoutes, getStories, getUnits } from '../../../lib/content/queries';
import { absolute, type EmbedKind, pagePath } from '../../../lib/media/embed';
import { qrSvg } from '../../../lib/media/qr';

export const getStaticPaths = (async () => {
  const [stories, units, routes] = await Promise.all([getStories(), getUnits(), getRoutes()]);
  const paths = (kind: EmbedKind, ids: string[]) => ids.map((id) => ({ params: { kind, id } }));
  return [
    ...paths(
      'stories',
      stories.map((s) => s.id),
    ),
    ...paths(
      'units',
      units.map((u) => u.id),
    ),
    ...paths(
      'routes',
      routes.map((r) => r.id),
    ),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const url = absolute(site ?? 'http://localhost/', pagePath(params.kind as EmbedKind, String(params.id)));
  return new Response(await qrSvg(url), { headers: { 'Content-Type': 'image/svg+xml' } });
};
