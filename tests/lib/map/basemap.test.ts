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

test('xyz: any tile server by its URL template, with a plain-text attribution; a bad template fails the build', () => {
  const map = basemapFrom({
    PUBLIC_BASEMAP: 'xyz',
    PUBLIC_TILE_URL: ' https://tiles.example.org/{z}/{x}/{y}{r}.png ',
    PUBLIC_TILE_ATTRIBUTION: '底图 © 示例 <测绘>',
  });
  expect(map.kind).toBe('xyz');
  expect(map.layers).toEqual([{ url: 'https://tiles.example.org/{z}/{x}/{y}{r}.png', maxZoom: 19 }]);
  expect(map.attribution).toBe('底图 © 示例 &lt;测绘&gt;');
  expect(() => basemapFrom({ PUBLIC_BASEMAP: 'xyz' })).toThrow(/PUBLIC_TILE_URL=""/);
  expect(() =>
    basemapFrom({ PUBLIC_BASEMAP: 'xyz', PUBLIC_TILE_URL: 'https://tiles.example.org/{z}/{x}.png' }),
  ).toThrow(/PUBLIC_TILE_URL=/);
  expect(() => basemapFrom({ PUBLIC_BASEMAP: 'xyz', PUBLIC_TILE_URL: 'javascript:{z}{x}{y}' })).toThrow(
    /PUBLIC_TILE_URL=/,
  );
});
