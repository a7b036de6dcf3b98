import { expect, test } from 'vitest';
import { basemapFrom, mapReviewNumber } from '../../../src/lib/map/basemap';

test('天地图 with a key: vector and annotation layers, key in the URL; the 审图号 stays out of the attribution', () => {
  const map = basemapFrom({ PUBLIC_TIANDITU_KEY: 'k1', PUBLIC_MAP_REVIEW_NUMBER: 'GS(2024)0568号' });
  expect(map.kind).toBe('tianditu');
  expect(map.layers.map((l) => /LAYER=(\w+)/.exec(l.url)?.[1])).toEqual(['vec', 'cva']);
  expect(map.layers[0]?.url).toContain('tk=k1');
  expect(map.attribution).toContain('天地图');
  expect(map.attribution).not.toContain('GS(2024)0568号');
});

test('without a key the default is OpenStreetMap; none has no layers; a typo fails the build', () => {
  expect(basemapFrom({}).kind).toBe('osm');
  expect(basemapFrom({ PUBLIC_BASEMAP: 'none' }).layers).toEqual([]);
  expect(() => basemapFrom({ PUBLIC_BASEMAP: 'google' })).toThrow(/PUBLIC_BASEMAP="google"/);
});

test('the 审图号 is read, trimmed and checked; a value that is not one fails the build naming the variable', () => {
  expect(mapReviewNumber({})).toBe('');
  expect(mapReviewNumber({ PUBLIC_MAP_REVIEW_NUMBER: ' GS(2024)0568号 ' })).toBe('GS(2024)0568号');
  expect(mapReviewNumber({ PUBLIC_MAP_REVIEW_NUMBER: 'GS京(2022)1061号' })).toBe('GS京(2022)1061号');
  expect(mapReviewNumber({ PUBLIC_MAP_REVIEW_NUMBER: '蒙S（2021）025号' })).toBe('蒙S（2021）025号');
  expect(() => mapReviewNumber({ PUBLIC_MAP_REVIEW_NUMBER: '<b>GS</b>' })).toThrow(
    /PUBLIC_MAP_REVIEW_NUMBER="<b>GS<\/b>"/,
  );
  expect(() => mapReviewNumber({ PUBLIC_MAP_REVIEW_NUMBER: 'GS2024-0568' })).toThrow(/审图号/);
});
