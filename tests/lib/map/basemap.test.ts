import { expect, test } from 'vitest';
import { basemapFrom } from '../../../src/lib/map/basemap';

test('天地图 with a key: vector and annotation layers, key in the URL, 审图号 in the attribution', () => {
  const map = basemapFrom({ PUBLIC_TIANDITU_KEY: 'k1', PUBLIC_MAP_REVIEW_NUMBER: 'GS(2024)0568号' });
  expect(map.kind).toBe('tianditu');
  expect(map.layers.map((l) => /LAYER=(\w+)/.exec(l.url)?.[1])).toEqual(['vec', 'cva']);
  expect(map.layers[0]?.url).toContain('tk=k1');
  expect(map.attribution).toContain('审图号：GS(2024)0568号');
});

test('without a key the default is OpenStreetMap; none has no layers; a typo fails the build', () => {
  expect(basemapFrom({}).kind).toBe('osm');
  expect(basemapFrom({ PUBLIC_BASEMAP: 'none' }).layers).toEqual([]);
  expect(() => basemapFrom({ PUBLIC_BASEMAP: 'google' })).toThrow(/PUBLIC_BASEMAP="google"/);
});
