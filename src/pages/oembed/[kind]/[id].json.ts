/** `/oembed/<kind>/<id>.json`: the static oEmbed document of every embeddable page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKey } from '../../../lib/content/pageKeys';
import { getRoutes, getStories, getUnits, type Route, type Story, type Unit } from '../../../lib/content/queries';
import type { EmbedKind } from '../../../lib/media/embed';
import { oembedOf } from '../../../lib/media/sharing';
import { siteBase } from '../../../lib/paths';

export const getStaticPaths = (async () => {
  const [stories, units, routes] = await Promise.all([getStories(), getUnits(), getRoutes()]);
  const paths = (kind: EmbedKind, records: (Story | Unit | Route)[]) =>
    records.map((record) => ({ params: { kind, id: record.id }, props: { kind, record }, cacheKey: pageKey(record) }));
  return [...paths('stories', stories), ...paths('units', units), ...paths('routes', routes)];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { kind, record } = props as { kind: EmbedKind; record: Story | Unit | Route };
  return new Response(JSON.stringify(oembedOf(siteBase(site), kind, record), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
