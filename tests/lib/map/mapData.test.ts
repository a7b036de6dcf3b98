import { beforeAll, describe, expect, test } from 'vitest';
import { getRoutes } from '../../../src/lib/content/queries';
import { allExportPoints, allMapPoints, exportRoute, routeMapData } from '../../../src/lib/map/mapData';
import { useContentFixtures } from '../../support/contentFixtures';

beforeAll(useContentFixtures);

const SITE = 'https://example.org/';

describe('map points', () => {
  test('every unit, located or not, with its facet slugs, status symbol and routes', async () => {
    const points = await allMapPoints();
    expect(points.map((p) => p.id)).toEqual(['test-school', 'test-square', 'test-company']);
    expect(points[1]).toMatchObject({
      id: 'test-square',
      lat: 40.65,
      lng: 109.84,
      precision: 50,
      approximate: false,
      status: 'confirmed-point',
      symbol: '●',
      region: 'baotou',
      category: 'park',
      routes: ['test-route-a', 'test-route-b'],
    });
    expect(points[0]).toMatchObject({ approximate: true, status: 'official-list', symbol: '★' });
    const unlocated = points[2];
    expect(unlocated).not.toHaveProperty('lat');
    expect(unlocated).toMatchObject({ approximate: false, region: 'ordos', routes: ['test-route-a'] });
  });

  test('a route’s map data: its stops in order and the points it draws', async () => {
    const data = await routeMapData('test-route-b');
    expect(data?.route).toEqual({
      id: 'test-route-b',
      name: '乙线',
      travelMode: 'walk',
      stops: [
        { unit: 'test-school', minutes: 20 },
        { unit: 'test-square', minutes: 30 },
      ],
    });
    expect(data?.points.map((p) => p.id).sort()).toEqual(['test-school', 'test-square']);
    expect(await routeMapData('no-such-route')).toBeUndefined();
  });
});

describe('export points', () => {
  test('only located units, with absolute page URLs on the configured site', async () => {
    const points = await allExportPoints(SITE);
    expect(points.map((p) => p.id).sort()).toEqual(['test-school', 'test-square']);
    for (const point of points) expect(point.url).toBe(`${SITE}units/${point.id}/`);
  });

  test('a route’s export keeps its order and links the route page', async () => {
    const route = (await getRoutes()).find((r) => r.id === 'test-route-a');
    if (!route) throw new Error('fixture route missing');
    const exported = await exportRoute(route, SITE);
    expect(exported.url).toBe(`${SITE}routes/test-route-a/`);
    expect(exported.stops.map((stop) => [stop.id, stop.minutes])).toEqual([
      ['test-square', 40],
      ['test-company', 60],
    ]);
    // A stop without a location stays in the order but has no point to export.
    expect(exported.stops.map((stop) => stop.point?.id ?? null)).toEqual(['test-square', null]);
  });
});
