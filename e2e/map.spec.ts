/**
 * The map on the real build: one marker per located unit, approximate places drawn as areas,
 * keyboard use, filters in the URL, the notice when tiles fail, the JavaScript budget, and the
 * point files read back by an independent parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { expect, type Page, test } from '@playwright/test';
import { readCollection, REAL_CONTENT, ROOT } from './support/content';
import { interceptTiles, settleMaps } from './support/map';

type Location = { lat: number; lng: number; precision: number };
const units = readCollection(REAL_CONTENT, 'units');
const located = units.filter((u) => u.data.location);
const loc = (u: (typeof units)[number]) => u.data.location as Location;
const approximate = located.filter((u) => loc(u).precision > 200);
const precise = located.filter((u) => loc(u).precision <= 200);

/**
 * Bytes (gzipped) of JavaScript the map page loads before the map is needed: its module scripts
 * and their static imports. Leaflet and the map view come later, by dynamic import.
 */
const MAP_PAGE_JS_BUDGET_GZ = 6 * 1024;

const markers = (page: Page) => page.locator('mz-point-map .leaflet-marker-icon');

test.beforeEach(async ({ page }) => {
  await interceptTiles(page);
});

test('the content has the data these tests rely on', () => {
  expect(located.length).toBeGreaterThan(0);
  expect(approximate.length).toBeGreaterThan(0);
  expect(units.length - located.length).toBeGreaterThan(0);
});

test('one marker per located unit; approximate ones are areas and say so; the rest are listed as 位置待补充', async ({
  page,
}) => {
  await page.goto('/map/');
  await settleMaps(page);
  await expect(markers(page)).toHaveCount(located.length);
  await expect(page.locator('mz-point-map path.mz-area')).toHaveCount(approximate.length);
  const first = approximate[0];
  await expect(
    page.getByRole('button', { name: new RegExp(`^${first?.data.name as string}，.*近似位置`) }),
  ).toHaveCount(1);
  const unlocated = page.getByRole('region', { name: '位置待补充' });
  await expect(unlocated.getByRole('listitem')).toHaveCount(units.length - located.length);
});

test('keyboard: Enter opens a marker popup and moves focus into it; Escape closes it and focus returns', async ({
  page,
}) => {
  await page.goto('/map/');
  await settleMaps(page);
  const name = located[0]?.data.name as string;
  const marker = page.getByRole('button', { name: new RegExp(`^${name}，`) });
  await marker.focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toBeVisible();
  await expect(popup.getByRole('heading')).toHaveText(name);
  await expect(popup.getByRole('link', { name: '查看详情' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(marker).toBeFocused();
});

test('"在地图上显示" pans to the marker and focuses it', async ({ page }) => {
  await page.goto('/map/');
  const name = located[1]?.data.name as string;
  await page.getByRole('button', { name: `在地图上显示：${name}` }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^${name}，`) })).toBeFocused();
});

test('filters apply to map and list, live in the URL and survive a reload', async ({ page }) => {
  const baotou = located.filter((u) => u.data.region === '包头市');
  await page.goto('/map/');
  await settleMaps(page);
  await page
    .getByRole('search', { name: '筛选' })
    .getByRole('combobox', { name: '盟市' })
    .selectOption({ label: '包头市' });
  await expect(page).toHaveURL(/\/map\/\?region=baotou$/);
  await expect(markers(page)).toHaveCount(baotou.length);
  await page.reload();
  await settleMaps(page);
  await expect(markers(page)).toHaveCount(baotou.length);
  await expect(page.getByRole('combobox', { name: '盟市' })).toHaveValue('baotou');
  const listed = page.locator('#map-places li[data-unit]:visible');
  await expect(listed).toHaveCount(units.filter((u) => u.data.region === '包头市').length);
});

test('an unknown filter value is named in a notice and ignored', async ({ page }) => {
  await page.goto('/map/?region=atlantis&route=nowhere');
  await expect(page.getByText('“region=atlantis”无法识别')).toBeVisible();
  await expect(page.getByText('“route=nowhere”无法识别')).toBeVisible();
  await settleMaps(page);
  await expect(markers(page)).toHaveCount(located.length);
});

test('when tiles fail, one notice says so and the map still works', async ({ page }) => {
  await page.unrouteAll();
  await interceptTiles(page, { fail: true });
  await page.goto('/map/');
  await settleMaps(page);
  await expect(page.getByText('底图加载失败')).toHaveCount(1);
  await expect(page.getByText('底图加载失败')).toBeVisible();
  await expect(markers(page)).toHaveCount(located.length);
});

test('the map asks for its tiles before it draws its markers, fitted to them from the start', async ({ page }) => {
  await page.addInitScript(() => {
    const seen = { firstMarker: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      if (!seen.firstMarker && document.querySelector('.leaflet-marker-icon')) seen.firstMarker = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/map/');
  await settleMaps(page);
  const { firstTile, firstMarker, zoomLevels } = await page.evaluate(() => {
    const tiles = performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'img' && !e.name.startsWith(location.origin));
    return {
      firstTile: Math.min(...tiles.map((e) => e.startTime)),
      firstMarker: (window as unknown as { seen: { firstMarker: number } }).seen.firstMarker,
      // Zoom levels of the tiles asked for: one, the final view's, when no provisional view is drawn.
      zoomLevels: [
        ...new Set(
          tiles.map((e) => {
            const url = new URL(e.name);
            return url.searchParams.get('TILEMATRIX') ?? /\/(\d+)\/\d+\/\d+/.exec(url.pathname)?.[1];
          }),
        ),
      ],
    };
  });
  expect(firstTile).toBeGreaterThan(0);
  expect(firstMarker).toBeGreaterThan(0);
  expect(firstTile).toBeLessThan(firstMarker);
  expect(zoomLevels).toHaveLength(1);
  expect(zoomLevels[0]).toMatch(/^\d+$/);
});

for (const path of ['/map/', '/plan/']) {
  test(`${path}: each marker is drawn once, however early the page sets the map's filter`, async ({ page }) => {
    await page.addInitScript(() => {
      const drawn = { markers: 0 };
      (window as unknown as { drawn: typeof drawn }).drawn = drawn;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof Element && node.matches('.leaflet-marker-icon')) drawn.markers += 1;
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(path);
    await settleMaps(page);
    // A second drawing would follow the first within a few tasks.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const shown = await markers(page).count();
    expect(shown).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { drawn: { markers: number } }).drawn.markers)).toBe(shown);
  });
}

test('the wheel scrolls the page over the map until the map is clicked', async ({ page }) => {
  await page.goto('/map/');
  await settleMaps(page);
  const zoomBefore = await page.locator('.leaflet-proxy').getAttribute('style');
  const map = page.locator('mz-point-map .leaflet-container');
  const box = await map.boundingBox();
  await page.mouse.move((box?.x ?? 0) + 50, (box?.y ?? 0) + 50);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
  expect(await page.locator('.leaflet-proxy').getAttribute('style')).toBe(zoomBefore);
});

test(`the map page loads at most ${MAP_PAGE_JS_BUDGET_GZ} bytes (gzipped) of JavaScript before the map is needed`, async ({
  request,
}) => {
  const html = await (await request.get('/map/')).text();
  const files = new Set<string>();
  const visit = (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    const code = readFileSync(join(ROOT, 'dist', path), 'utf8');
    // Static imports only: `import"./x.js"` and `from"./x.js"`; `import("./x.js")` is lazy.
    for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) visit(`_astro/${m[1] ?? ''}`);
  };
  for (const m of html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)) visit(m[1] ?? '');
  const bytes = [...files].reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(ROOT, 'dist', f)), { level: 9 }).length,
    0,
  );
  console.log(`map page JS before the map: ${bytes} bytes gzipped in ${files.size} files`);
  expect([...files].some((f) => /leaflet|pointMapView/i.test(f))).toBe(false);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(MAP_PAGE_JS_BUDGET_GZ);
});

test('a unit page fetches Leaflet only when its map scrolls into view', async ({ page }) => {
  const unit = located[0];
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto(`/units/${unit?.id ?? ''}/`);
  await page.waitForLoadState('networkidle');
  const map = page.locator('mz-point-map');
  if (!(await map.evaluate((el) => el.getBoundingClientRect().top > window.innerHeight + 200))) {
    test.skip(true, 'the map is already near the first screen on this page');
  }
  expect(requests.filter((u) => /pointMapView/.test(u))).toEqual([]);
  await settleMaps(page);
  expect(requests.filter((u) => /pointMapView/.test(u)).length).toBeGreaterThan(0);
  await expect(markers(page)).toHaveCount(1);
});

test('an approximate unit has no map-app links and says why', async ({ page }) => {
  await page.goto(`/units/${approximate[0]?.id ?? ''}/`);
  await expect(page.getByText('近似位置不提供导航链接。')).toBeVisible();
  await expect(page.getByRole('link', { name: '在高德地图中打开' })).toHaveCount(0);
});

const xmlDoc = (text: string) => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
type Feature = { geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> };
const rounded = (c: number[]) => [Number(c[0]?.toFixed(5)), Number(c[1]?.toFixed(5))];
const coords = (list: typeof units) => list.map((u) => rounded([loc(u).lng, loc(u).lat])).sort();

test('point files: GPX has the precise points only, KML and GeoJSON every located unit', async ({ request }) => {
  const gpxText = await (await request.get('/exports/points.gpx')).text();
  const gpxPoints = (gpx(xmlDoc(gpxText)).features as unknown as Feature[]).filter((f) => f.geometry.type === 'Point');
  expect(gpxPoints.map((f) => rounded(f.geometry.coordinates)).sort()).toEqual(coords(precise));

  const kmlText = await (await request.get('/exports/points.kml')).text();
  const kmlPoints = kml(xmlDoc(kmlText)).features as unknown as Feature[];
  expect(kmlPoints.map((f) => rounded(f.geometry.coordinates)).sort()).toEqual(coords(located));
  expect(kmlPoints.filter((f) => String(f.properties.name).endsWith('（近似位置）'))).toHaveLength(approximate.length);

  const geojson = (await (await request.get('/exports/points.geojson')).json()) as { features: Feature[] };
  expect(geojson.features.map((f) => rounded(f.geometry.coordinates)).sort()).toEqual(coords(located));
  expect(geojson.features.filter((f) => f.properties.approximate === true)).toHaveLength(approximate.length);

  const csv = await (await request.get('/exports/points.csv')).body();
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

test('the routes index still says the official routes are not published', async ({ page }) => {
  await page.goto('/routes/');
  await expect(page.getByRole('heading', { name: '共 0 条' })).toBeVisible();
});

test('the header links to the map and the planner', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('link', { name: '地图', exact: true }).click();
  await expect(page).toHaveURL(/\/map\/$/);
  await expect(nav.getByRole('link', { name: '地图', exact: true })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: '行程规划', exact: true }).click();
  await expect(page).toHaveURL(/\/plan\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('行程规划');
});

test('with reduced motion the map does not animate zooms or pans', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await interceptTiles(page);
  await page.goto('/map/');
  await settleMaps(page);
  // Leaflet marks the markers it animates while zooming; with animation off there are none.
  await expect(page.locator('mz-point-map .leaflet-marker-icon.leaflet-zoom-animated')).toHaveCount(0);
  const name = located[1]?.data.name as string;
  await page.getByRole('button', { name: `在地图上显示：${name}` }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^${name}，`) })).toBeFocused();
  await expect(page.locator('mz-point-map .leaflet-zoom-anim, mz-point-map .leaflet-pan-anim')).toHaveCount(0);
  await context.close();
});

test('without reduced motion the same map animates (so the test above can fail)', async ({ page }) => {
  await page.goto('/map/');
  await settleMaps(page);
  await expect(page.locator('mz-point-map .leaflet-marker-icon.leaflet-zoom-animated').first()).toBeAttached();
});
