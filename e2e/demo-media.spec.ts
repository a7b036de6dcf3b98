/**
 * Media features on the demo build, which has what the real content lacks: routes. The route
 * embed lists the stops in order under a small map of them; the route page describes the trip with
 * its ordered itinerary and links its oEmbed document; the feeds list every demo story.
 */
import { expect, test } from '@playwright/test';
import { DEMO_CONTENT, readCollection } from './support/content';
import { interceptTiles, settleMaps } from './support/map';
import { alternateHref, html, type Json, jsonLdNodes, localPath, nodeOfType, oembedProblems } from './support/media';

const routes = readCollection(DEMO_CONTENT, 'routes');
const units = new Map(readCollection(DEMO_CONTENT, 'units').map((u) => [u.id, u]));
const stories = readCollection(DEMO_CONTENT, 'stories');
const stopNames = (route: (typeof routes)[number]) =>
  (route.data.stops as { unit: string }[]).map((stop) => String(units.get(stop.unit)?.data.name));

test('the route embed maps and lists the stops in order, and links back', async ({ page }) => {
  const route = routes[0];
  expect(route, 'the demo data set has routes (run npm run build:demo)').toBeTruthy();
  if (!route) return;
  await interceptTiles(page);
  await page.goto(`/embed/routes/${route.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(route.data.name));
  await expect(page.getByRole('list').first().getByRole('link')).toHaveText(stopNames(route));
  // One marker per located stop, drawn once the map scrolls into view.
  const located = new Set(
    (route.data.stops as { unit: string }[]).map((stop) => stop.unit).filter((id) => units.get(id)?.data.location),
  );
  await settleMaps(page);
  await expect(page.locator('mz-point-map .leaflet-marker-icon')).toHaveCount(located.size);
  await expect(page.getByRole('link', { name: /查看详情/ })).toHaveAttribute(
    'href',
    new RegExp(`/routes/${route.id}/$`),
  );
  // The embed says where it comes from, and that the data is fictional.
  await expect(page.getByRole('contentinfo')).toContainText('来源：民族团结进步创建');
  await expect(page.getByRole('note').filter({ hasText: '示例数据' })).toBeVisible();
});

test('every route page describes a TouristTrip with its stops in order and links its oEmbed document', async ({
  request,
}) => {
  for (const route of routes) {
    const page = await html(request, `/routes/${route.id}/`);
    const trip = nodeOfType(jsonLdNodes(page), 'TouristTrip');
    const items = ((trip?.itinerary as Json | undefined)?.itemListElement ?? []) as {
      position: number;
      item: { name: string };
    }[];
    expect(items.map((entry) => entry.item.name)).toEqual(stopNames(route));
    expect(items.map((entry) => entry.position)).toEqual(items.map((_, i) => i + 1));
    const doc = (await (
      await request.get(localPath(alternateHref(page, 'application/json+oembed') ?? ''))
    ).json()) as Json;
    expect(oembedProblems(doc)).toEqual([]);
    expect(String(doc.html)).toContain(`/embed/routes/${route.id}/`);
  }
});

test('the JSON Feed lists every demo story', async ({ request }) => {
  const feed = JSON.parse(await html(request, '/feed.json')) as { items: { url: string }[] };
  expect(feed.items.map((item) => localPath(item.url)).sort()).toEqual(stories.map((s) => `/stories/${s.id}/`).sort());
});
