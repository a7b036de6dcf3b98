import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { exportFile } from '../../../src/lib/exports/exportFiles';
import {
  type ExportPoint,
  type ExportRoute,
  toCsv,
  toGeoJson,
  toGpx,
  toKml,
} from '../../../src/lib/exports/exportFormats';
import { parseXml, xmlProblems } from '../media/xmlCheck';

const point = (id: string, lat: number, lng: number, precision: number): ExportPoint => ({
  id,
  name: `示例点${id}`,
  lat,
  lng,
  precision,
  approximate: precision > 200,
  status: 'confirmed-point',
  statusLabel: '示范点（来源证实）',
  url: `https://example.org/units/${id}/`,
});
const a = point('a', 40.65, 109.84, 30);
const b = point('b', 40.6, 109.9, 2000);
const c = point('c', 40.58, 110.01, 50);
const route: ExportRoute = {
  name: '示例线路',
  stops: [
    { id: 'a', name: a.name, minutes: 30, point: a },
    { id: 'x', name: '无位置', minutes: 20, point: null },
    { id: 'b', name: b.name, minutes: 40, point: b },
    { id: 'c', name: c.name, minutes: 50, point: c },
  ],
};

const parse = (text: string) => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
type Feature = { geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> };

describe('GPX', () => {
  test('an independent parser reads the waypoints and the route back', () => {
    const text = toGpx('示例', [a, b, c], route);
    const features = gpx(parse(text)).features as unknown as Feature[];
    const points = features.filter((f) => f.geometry.type === 'Point');
    // The approximate point is not a waypoint.
    expect(points.map((f) => f.geometry.coordinates)).toEqual([
      [109.84, 40.65],
      [110.01, 40.58],
    ]);
    const line = features.find((f) => f.geometry.type === 'LineString');
    expect(line?.geometry.coordinates).toEqual([
      [109.84, 40.65],
      [109.9, 40.6],
      [110.01, 40.58],
    ]);
    expect(text).toContain('<rte>');
    expect(text).toContain('3. 示例点b（近似位置）');
    expect(text).toContain('<type>approximate</type>');
  });

  test('names are escaped', () => {
    const text = toGpx('A & B <x>', [{ ...a, name: 'A & "B"' }]);
    expect(() => parse(text)).not.toThrow();
    expect(text).toContain('A &amp; &quot;B&quot;');
  });
});

describe('KML', () => {
  test('an independent parser reads every located stop and the straight line back', () => {
    const features = kml(parse(toKml('示例', [], route))).features as unknown as Feature[];
    const points = features.filter((f) => f.geometry.type === 'Point');
    expect(points.map((f) => (f.geometry.coordinates as number[]).slice(0, 2))).toEqual([
      [109.84, 40.65],
      [109.9, 40.6],
      [110.01, 40.58],
    ]);
    expect(points[1]?.properties.name).toBe('3. 示例点b（近似位置）');
    expect(points[1]?.properties.approximate).toBe('true');
    expect(features.some((f) => f.geometry.type === 'LineString')).toBe(true);
  });
});

describe('GeoJSON', () => {
  test('points are [lng, lat] with precision and status', () => {
    const json = JSON.parse(toGeoJson('示例', [a, b])) as { features: Feature[] };
    expect(json.features[0]?.geometry.coordinates).toEqual([109.84, 40.65]);
    expect(json.features[1]?.properties).toMatchObject({
      precision: 2000,
      approximate: true,
      status: 'confirmed-point',
    });
  });

  test('a route numbers its stops and adds the line', () => {
    const json = JSON.parse(toGeoJson('示例', [], route)) as { features: Feature[] };
    expect(json.features.map((f) => f.properties.stop)).toEqual([1, 3, 4, undefined]);
    expect(json.features[3]?.geometry.type).toBe('LineString');
  });
});

describe('CSV', () => {
  test('starts with a byte-order mark, quotes where needed and marks approximate points', () => {
    const text = toCsv([a, { ...b, name: '逗号,"引号"' }]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('id,name,status,lat,lng,precision_m,approximate,url');
    expect(lines[1]).toBe('a,示例点a,示范点（来源证实）,40.650000,109.840000,30,false,https://example.org/units/a/');
    expect(lines[2]).toContain('"逗号,""引号"""');
    expect(lines[2]).toContain(',2000,true,');
  });

  test('a route lists every stop in order, the one without location as such', () => {
    const lines = toCsv([], route).slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toBe('2,20,x,无位置,,,,,位置待补充,');
  });
});

describe('hostile names', () => {
  const evil = point('e', 40.7, 109.9, 30);
  const formula = '=HYPERLINK("http://x","点此")';
  const named = (name: string): ExportPoint => ({ ...evil, name });

  test('a name Excel would run as a formula comes out as inert text', () => {
    const rows = parseCsv(
      toCsv([named(formula), named('@SUM(A1)'), named('+1'), named('-1+1')]).slice(1),
    ) as string[][];
    expect(rows.slice(1).map((row) => row[1])).toEqual([`'${formula}`, "'@SUM(A1)", '+1', "'-1+1"]);
  });

  test('a route stop without a location is neutralised too', () => {
    const hostileRoute: ExportRoute = { name: formula, stops: [{ id: 'x', name: formula, minutes: 5, point: null }] };
    const rows = parseCsv(toCsv([], hostileRoute).slice(1)) as string[][];
    expect(rows[1]?.[3]).toBe(`'${formula}`);
  });

  test('negative coordinates stay numbers', () => {
    const south = { ...point('s', -33.9, -70.6, 30), name: '南' };
    const rows = parseCsv(toCsv([south]).slice(1)) as string[][];
    expect(rows[1]?.slice(3, 5)).toEqual(['-33.900000', '-70.600000']);
  });

  test('GPX and KML stay well-formed, with names read back as text and control characters gone', () => {
    const name = '</name><script>x</script> & "引号" ]]>\u000B\u0085尾';
    const hostileRoute: ExportRoute = {
      name,
      description: name,
      stops: [
        { id: 'e', name, minutes: 5, point: named(name) },
        { id: 'c', name: c.name, minutes: 5, point: c },
      ],
    };
    const expected = '</name><script>x</script> & "引号" ]]>尾';
    for (const text of [toGpx(name, [named(name)], hostileRoute), toKml(name, [named(name)], hostileRoute)]) {
      expect(xmlProblems(text)).toEqual([]);
    }
    const gpxNames = (
      gpx(parseXml(toGpx(name, [named(name)])) as unknown as Document).features as unknown as Feature[]
    ).map((f) => f.properties.name);
    expect(gpxNames).toEqual([expected]);
    const kmlNames = (
      kml(parseXml(toKml(name, [named(name)])) as unknown as Document).features as unknown as Feature[]
    ).map((f) => f.properties.name);
    expect(kmlNames).toEqual([expected]);
  });
});

test('exportFile picks the format and its media type', () => {
  expect(exportFile('gpx', 't', [a]).type).toMatch(/^application\/gpx\+xml/);
  expect(exportFile('csv', 't', [a]).body.charCodeAt(0)).toBe(0xfeff);
  expect(exportFile('kml', 't', [], route).body).toContain('<LineString>');
});
