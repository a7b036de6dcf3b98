/**
 * The 审图号 stands in the page's HTML at the bottom left of every map (outside the canvas the
 * script fills and outside Leaflet's attribution), and on printed itineraries; only when configured.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, describe, expect, test, vi } from 'vitest';
import MapReviewNumber from '../../src/components/map/MapReviewNumber.astro';
import PointMap from '../../src/components/map/PointMap.astro';

afterEach(() => {
  vi.unstubAllEnvs();
});

const mapProps = { points: [], routes: [], id: 'test-map' };

describe('map review number', () => {
  test('with a 审图号 configured, each map carries it as text in its bottom-left box, whatever the basemap', async () => {
    vi.stubEnv('PUBLIC_MAP_REVIEW_NUMBER', 'GS(2024)0568号');
    const container = await AstroContainer.create();
    for (const basemap of ['tianditu', 'osm', 'none']) {
      vi.stubEnv('PUBLIC_BASEMAP', basemap);
      const html = await container.renderToString(PointMap, { props: mapProps });
      // Beside the canvas (and the notice over it), inside the positioned box, as visible text,
      // not in the attribution data.
      expect(html).toMatch(
        /<div class="relative"[^>]*>\s*<p data-map-notice[^>]*>\s*<\/p>\s*<div data-map-canvas[^>]*><\/div>\s*<p data-map-review-number class="text-xs mz-review-number[^"]*"[^>]*>审图号：GS\(2024\)0568号<\/p>/,
      );
      const basemapData = /data-basemap="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(basemapData).not.toContain('GS(2024)0568');
    }
  });

  test('on paper: a line that shows only in print', async () => {
    vi.stubEnv('PUBLIC_MAP_REVIEW_NUMBER', '蒙S(2021)025号');
    const container = await AstroContainer.create();
    const html = await container.renderToString(MapReviewNumber, { props: { variant: 'print' } });
    expect(html).toMatch(
      /<p data-map-review-number class="[^"]*\bhidden\b[^"]*\bprint:block\b[^"]*"[^>]*>审图号：蒙S\(2021\)025号<\/p>/,
    );
  });

  test('without one, nothing', async () => {
    vi.stubEnv('PUBLIC_MAP_REVIEW_NUMBER', '');
    const container = await AstroContainer.create();
    expect(await container.renderToString(PointMap, { props: mapProps })).not.toContain('审图号');
    expect(await container.renderToString(MapReviewNumber, { props: { variant: 'print' } })).not.toContain('审图号');
  });
});
