import { describe, expect, test } from 'vitest';
import { mapItemData, mapPlaces } from '../../../src/lib/map/mapPlaces';
import type { MapPoint } from '../../../src/lib/map/mapTypes';

const unit = (id: string, region: string, precision?: number) => ({
  id,
  data: { region, ...(precision === undefined ? {} : { location: { precision } }) },
});

describe('mapPlaces', () => {
  const units = [
    unit('b1', '包头市', 30),
    unit('h1', '呼和浩特市', 8000),
    unit('b2', '包头市', 2000),
    unit('n1', '包头市'),
    unit('o1', '鄂尔多斯市'),
  ];
  const places = mapPlaces(units);

  test('located units grouped by region in taxonomy order; regions without any are left out', () => {
    expect(places.groups.map((g) => [g.region.value, g.units.map((u) => u.id)])).toEqual([
      ['呼和浩特市', ['h1']],
      ['包头市', ['b1', 'b2']],
    ]);
  });

  test('units without a location apart, and the approximate ones counted', () => {
    expect(places.located.map((u) => u.id)).toEqual(['b1', 'h1', 'b2']);
    expect(places.unlocated.map((u) => u.id)).toEqual(['n1', 'o1']);
    expect(places.approximate).toBe(2);
  });
});

test('mapItemData: the slugs and routes the map filter matches on', () => {
  const point: MapPoint = {
    id: 'b1',
    name: '示例',
    approximate: false,
    status: 'confirmed-point',
    statusLabel: '示范点（来源证实）',
    symbol: '●',
    region: 'baotou',
    regionLabel: '包头市',
    category: 'community',
    routes: ['r1', 'r2'],
  };
  const itemData = mapItemData([point]);
  expect(itemData('b1')).toEqual({
    'data-unit': 'b1',
    'data-region': 'baotou',
    'data-category': 'community',
    'data-status': 'confirmed-point',
    'data-routes': 'r1 r2',
  });
  expect(itemData('nope')['data-unit']).toBe('nope');
});
