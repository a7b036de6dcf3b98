import { describe, expect, test } from 'vitest';
import {
  absolute,
  embedPath,
  exportPath,
  facetPath,
  oembedPath,
  pressPaths,
  qrPath,
  routePath,
  siteBase,
  storyPath,
  unitPath,
} from '../../src/lib/paths';

describe('paths', () => {
  test('pages of each kind end with a slash, as the built folders do', () => {
    expect(storyPath('a')).toBe('/stories/a/');
    expect(unitPath('bt-tuanjie-square')).toBe('/units/bt-tuanjie-square/');
    expect(routePath('r1')).toBe('/routes/r1/');
    expect(facetPath('region', 'baotou')).toBe('/units/region/baotou/');
    expect(embedPath('units', 'u')).toBe('/embed/units/u/');
  });

  test('files carry their extension', () => {
    expect(oembedPath('stories', 'a')).toBe('/oembed/stories/a.json');
    expect(qrPath('routes', 'r')).toBe('/qr/routes/r.svg');
    expect(exportPath('gpx', 'r1')).toBe('/exports/routes/r1.gpx');
    expect(exportPath('csv')).toBe('/exports/points.csv');
    expect(pressPaths('a')).toEqual({
      page: '/stories/a/press/',
      txt: '/stories/a/press.txt',
      md: '/stories/a/press.md',
    });
  });

  test('absolute URLs come from the configured site, with the default when none is set', () => {
    expect(absolute('https://example.org/', storyPath('a'))).toBe('https://example.org/stories/a/');
    expect(absolute(new URL('https://example.org/sub/'), '/units/')).toBe('https://example.org/units/');
    expect(siteBase(undefined).href).toBe('http://localhost:4321/');
  });
});
