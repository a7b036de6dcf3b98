import { describe, expect, it } from 'vitest';
import { offlineUrls, pageAssets } from '../../../src/lib/plan/offline';

describe('offlineUrls', () => {
  it('the route page, each stop once, and every route file', () => {
    expect(offlineUrls('r1', ['a', 'b', 'a'], ['gpx', 'kml'])).toEqual([
      '/routes/r1/',
      '/units/a/',
      '/units/b/',
      '/exports/routes/r1.gpx',
      '/exports/routes/r1.kml',
    ]);
  });
});

describe('pageAssets', () => {
  it('finds the stylesheets and scripts a page loads from /_astro/, once each', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><a href="/units/x/">x</a><script src="/_astro/b.js"></script>';
    expect(pageAssets(html)).toEqual(['/_astro/a.css', '/_astro/b.js']);
  });
});
