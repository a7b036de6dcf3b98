/**
 * A sensitive facility's location is withheld in one place, the query module, and no map point,
 * route, file, structured data or map-app link made from the queries carries it.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { isSensitive, publicUnit } from '../../../src/lib/content/publicUnit';
import { getRoutes, getUnitMap, getUnits, stopsOfRoute } from '../../../src/lib/content/queries';
import { EXPORT_FORMATS, exportFile } from '../../../src/lib/exports/exportFiles';
import { mapAppLinks } from '../../../src/lib/geo/mapLinks';
import { allExportPoints, allMapPoints, exportRoute, routeMapData } from '../../../src/lib/map/mapData';
import { unitShare } from '../../../src/lib/media/sharing';
import { setCollections } from '../../support/astroContent';

const SITE = 'https://example.org/';
const source = { title: '测试来源（虚构）' };
/** Distinctive digits, so that any trace of them in an output is found. */
const SECRET = { lat: 40.738642, lng: 109.781357 };
const SECRET_ADDRESS = '测试敏感地址（虚构）';

interface TestUnit {
  id: string;
  collection: string;
  body: string;
  data: { name: string; sensitive?: unknown; location?: unknown; address?: string; [field: string]: unknown };
}

const baseUnit = (id: string, name: string, extra: Record<string, unknown>): TestUnit => ({
  id,
  collection: 'units',
  body: '正文。',
  data: { name, region: '包头市', category: '待核实', status: 'related-site', aliases: [], sources: [source], ...extra },
});

const UNITS = [
  baseUnit('test-open', '测试公开点', { location: { lat: 40.65, lng: 109.84, precision: 30, note: '测试' } }),
  baseUnit('test-camp', '测试营区', {
    location: { ...SECRET, precision: 10, note: '测试坐标' },
    address: SECRET_ADDRESS,
    sensitive: { reason: '军事设施', note: '测试说明' },
  }),
  baseUnit('test-border', '测试边防站', {
    location: { lat: 40.7261, lng: 110.1529, precision: 3000, note: '区级估计' },
    sensitive: { reason: '边防设施' },
  }),
];
const ROUTES = [
  {
    id: 'test-route',
    collection: 'routes',
    data: {
      name: '测试线',
      theme: '测试',
      kind: 'suggestion',
      travelMode: 'coach',
      stops: [
        { unit: 'test-open', minutes: 30 },
        { unit: 'test-camp', minutes: 30 },
      ],
      sources: [],
    },
  },
];

beforeAll(() => setCollections({ units: UNITS, stories: [], routes: ROUTES }));

/** Every way the secret coordinates could be written: full, and rounded to 3–5 decimals. */
const traces = [SECRET.lat, SECRET.lng, 40.7261, 110.1529].flatMap((n) => [String(n), n.toFixed(3), n.toFixed(4)]);
const expectNoTrace = (text: string) => {
  for (const trace of traces) expect(text).not.toContain(trace);
  expect(text).not.toContain(SECRET_ADDRESS);
};

describe('publicUnit', () => {
  test('a sensitive unit loses its location and address, whatever their precision; others are untouched', () => {
    const [open, camp, border] = UNITS as [TestUnit, TestUnit, TestUnit];
    expect(publicUnit(open)).toBe(open);
    const shown = publicUnit(camp);
    expect(shown.data).not.toHaveProperty('location');
    expect(shown.data).not.toHaveProperty('address');
    expect(shown.data).toMatchObject({ name: '测试营区', sensitive: { reason: '军事设施' } });
    expect(shown.body).toBe('正文。');
    expect(publicUnit(border).data).not.toHaveProperty('location');
    expect(isSensitive(shown)).toBe(true);
    expect(isSensitive(open)).toBe(false);
    // The entry itself is not changed: the rule makes a copy.
    expect(camp.data).toHaveProperty('location');
  });
});

describe('every consumer reads the public unit', () => {
  test('the queries give sensitive units without location, in the list, the map by id and route stops', async () => {
    const units = await getUnits();
    expect(units.map((u) => u.id).sort()).toEqual(['test-border', 'test-camp', 'test-open']);
    for (const unit of units.filter(isSensitive)) expect(unit.data.location).toBeUndefined();
    expect((await getUnitMap()).get('test-camp')?.data.location).toBeUndefined();
    const route = (await getRoutes())[0];
    if (!route) throw new Error('fixture route missing');
    const stops = await stopsOfRoute(route);
    expect(stops.map((s) => s.unit.id)).toEqual(['test-open', 'test-camp']);
    expect(stops[1]?.unit.data.location).toBeUndefined();
    expectNoTrace(JSON.stringify(units));
  });

  test('the map draws no pin for them, on the map page or on a route', async () => {
    const points = await allMapPoints();
    const camp = points.find((p) => p.id === 'test-camp');
    expect(camp).toBeDefined();
    expect(camp).not.toHaveProperty('lat');
    expect(camp).not.toHaveProperty('lng');
    expect(camp?.withheld).toBe(true);
    expect(points.find((p) => p.id === 'test-open')).not.toHaveProperty('withheld');
    expect(points.find((p) => p.id === 'test-open')).toMatchObject({ lat: 40.65, lng: 109.84 });
    expectNoTrace(JSON.stringify(points));
    expectNoTrace(JSON.stringify(await routeMapData('test-route')));
  });

  test('no GPX or KML waypoint and no coordinates in GeoJSON or CSV, for all points or the route', async () => {
    const points = await allExportPoints(SITE);
    expect(points.map((p) => p.id)).toEqual(['test-open']);
    const route = (await getRoutes())[0];
    if (!route) throw new Error('fixture route missing');
    const exported = await exportRoute(route, SITE);
    expect(exported.stops.find((s) => s.id === 'test-camp')?.point).toBeNull();
    for (const format of EXPORT_FORMATS) {
      const all = exportFile(format, '全部', points).body;
      const ofRoute = exportFile(format, route.data.name, [], exported).body;
      expectNoTrace(all);
      expectNoTrace(ofRoute);
      expect(all).toContain('40.65');
    }
    const gpx = exportFile('gpx', '全部', points).body;
    expect(gpx.match(/<wpt /g)).toHaveLength(1);
    expect(exportFile('kml', '全部', points).body.match(/<Placemark>/g)).toHaveLength(1);
  });

  test('no map-app link and no geo in the structured data', async () => {
    const camp = (await getUnitMap()).get('test-camp');
    if (!camp) throw new Error('fixture unit missing');
    expect(mapAppLinks(camp.data.name, camp.data.location)).toBeNull();
    const share = JSON.stringify(unitShare(SITE, camp));
    expect(share).not.toContain('"geo"');
    expect(share).not.toContain('GeoCoordinates');
    expectNoTrace(share);
  });
});
