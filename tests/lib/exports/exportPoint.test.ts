import { describe, expect, test } from 'vitest';
import { exportFile } from '../../../src/lib/exports/exportFiles';
import { exportPoint, exportStops, type Place } from '../../../src/lib/exports/exportPoint';

const place = (id: string, location?: { lat: number; lng: number; precision: number }): Place => ({
  id,
  name: `示例点${id}`,
  ...(location ?? {}),
  approximate: (location?.precision ?? 0) > 200,
  status: 'confirmed-point',
  statusLabel: '示范点（来源证实）',
});
const a = place('a', { lat: 40.65, lng: 109.84, precision: 30 });
const b = place('b', { lat: 40.6, lng: 109.9, precision: 2000 });
const x = place('x');

describe('exportPoint', () => {
  test('a located place, linked to its page on the given site', () => {
    expect(exportPoint(a, 'https://example.org')).toEqual({
      id: 'a',
      name: '示例点a',
      lat: 40.65,
      lng: 109.84,
      precision: 30,
      approximate: false,
      status: 'confirmed-point',
      statusLabel: '示范点（来源证实）',
      url: 'https://example.org/units/a/',
    });
    expect(exportPoint(b, new URL('https://example.org/'))?.approximate).toBe(true);
  });

  test('a place without a location is no point', () => {
    expect(exportPoint(x, 'https://example.org')).toBeNull();
  });
});

describe('exportStops', () => {
  const places = new Map([a, b, x].map((p) => [p.id, p]));

  test('keeps the order and the minutes; a stop without location has no point', () => {
    const stops = exportStops(
      [
        { unit: 'b', minutes: 40 },
        { unit: 'x', minutes: 20 },
        { unit: 'a', minutes: 30 },
      ],
      places,
      'https://example.org',
    );
    expect(stops.map((s) => [s.id, s.name, s.minutes, s.point?.url ?? null])).toEqual([
      ['b', '示例点b', 40, 'https://example.org/units/b/'],
      ['x', '示例点x', 20, null],
      ['a', '示例点a', 30, 'https://example.org/units/a/'],
    ]);
  });

  test('a unit missing from the places keeps its id as its name', () => {
    expect(exportStops([{ unit: 'gone', minutes: 10 }], places, 'https://example.org')).toEqual([
      { id: 'gone', name: 'gone', minutes: 10, point: null },
    ]);
  });

  test('the stops make a route file with its stops in order', () => {
    const route = {
      name: '行程',
      stops: exportStops(
        [
          { unit: 'a', minutes: 30 },
          { unit: 'b', minutes: 40 },
        ],
        places,
        'https://example.org',
      ),
    };
    const gpx = exportFile('gpx', '行程', [], route).body;
    expect(gpx.indexOf('1. 示例点a')).toBeLessThan(gpx.indexOf('2. 示例点b（近似位置）'));
  });
});
