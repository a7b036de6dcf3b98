/**
 * Sensitive facilities on the demo build: the two fictional ones have coordinates and addresses in
 * their files, and none of them appears in any file of the build; their pages say why; the map
 * has no marker for them. And the 审图号 (the demo build sets a fictional one, GS(0000)0000号) at the
 * bottom left of the map, with and without JavaScript, and on the printed itinerary.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toBd09, toGcj02 } from '../src/lib/geo/mapLinks';
import { DEMO_CONTENT, ROOT, readCollection } from './support/content';
import { interceptTiles, settleMaps } from './support/map';

const OUT_DIR = join(ROOT, 'dist-demo');
const units = readCollection(DEMO_CONTENT, 'units');
const sensitive = units.filter((u) => u.data.sensitive);
const located = units.filter((u) => u.data.location && !u.data.sensitive);
type Location = { lat: number; lng: number; note: string };

/** Every way a sensitive unit's location could be written: full, rounded, converted for map apps. */
function traces(): string[] {
  return sensitive.flatMap((unit) => {
    const { lat, lng, note } = unit.data.location as Location;
    const [gLng, gLat] = toGcj02(lat, lng);
    const [bLng, bLat] = toBd09(lat, lng);
    return [
      String(lat),
      String(lng),
      lat.toFixed(3),
      lat.toFixed(4),
      lng.toFixed(4),
      ...[gLat, gLng, bLat, bLng].map((n) => n.toFixed(4)),
      note,
      String(unit.data.address),
    ];
  });
}

/** Every file of the build, as text; gzipped files (Pagefind's index) unpacked. */
function* builtFiles(dir: string): Generator<[string, string]> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* builtFiles(path);
    else {
      const bytes = readFileSync(path);
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      yield [path, (gzipped ? gunzipSync(bytes) : bytes).toString('utf8')];
    }
  }
}

test('the demo data set has two sensitive facilities with locations in their files (run npm run build:demo)', () => {
  expect(sensitive.map((u) => u.id)).toEqual(['demo-sensitive-01', 'demo-sensitive-02']);
  for (const unit of sensitive) expect(unit.data.location).toBeTruthy();
});

test('no file of the build holds a sensitive facility’s coordinates, its location note or its address', () => {
  const wanted = traces();
  expect(wanted.length).toBeGreaterThan(10);
  let files = 0;
  const found: string[] = [];
  for (const [path, text] of builtFiles(OUT_DIR)) {
    files += 1;
    for (const trace of wanted) if (text.includes(trace)) found.push(`${path}: ${trace}`);
  }
  expect(files).toBeGreaterThan(100);
  expect(found).toEqual([]);
  // The pages themselves are built: the scan is not vacuous.
  const page = readFileSync(join(OUT_DIR, 'units', 'demo-sensitive-01', 'index.html'), 'utf8');
  expect(page).toContain(String(sensitive[0]?.data.name));
});

test('a sensitive facility’s page says why its location is not shown, with no map and no map-app link', async ({
  page,
}) => {
  for (const unit of sensitive) {
    await page.goto(`/units/${unit.id}/`);
    const section = page.getByRole('region', { name: '位置' });
    await expect(section).toContainText('位置不公开');
    await expect(section).toContainText(`该单位属于${String((unit.data.sensitive as { reason: string }).reason)}`);
    await expect(page.locator('mz-point-map')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /高德地图|百度地图/ })).toHaveCount(0);
  }
});

test('the map draws no marker for them and lists them as 位置不公开', async ({ page }) => {
  await interceptTiles(page);
  await page.goto('/map/');
  await settleMaps(page);
  await expect(page.locator('mz-point-map .leaflet-marker-icon')).toHaveCount(located.length);
  for (const unit of sensitive) {
    const name = String(unit.data.name);
    await expect(page.locator('mz-point-map').getByText(name)).toHaveCount(0);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(item).toContainText('位置不公开');
  }
});

test('a plan through a sensitive facility says 位置不公开 and its files hold no trace of it', async ({ page }) => {
  const [unit] = sensitive;
  const other = located[0];
  await page.goto(`/plan/?stops=${String(unit?.id)},${String(other?.id)}`);
  const stops = page.getByRole('region', { name: '我的行程' }).getByRole('listitem');
  await expect(stops).toHaveCount(2);
  await expect(stops.first()).toContainText(String(unit?.data.name));
  await expect(stops.first()).toContainText('位置不公开');
  for (const format of ['GPX', 'KML']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: format }).click();
    const text = readFileSync((await (await download).path()) ?? '', 'utf8');
    expect(text).toContain(String((other?.data.location as Location).lat));
    for (const trace of traces()) expect(text).not.toContain(trace);
  }
});

test.describe('审图号', () => {
  const mapPage = readFileSync(join(OUT_DIR, 'map', 'index.html'), 'utf8');
  const review = /data-map-review-number[^>]*>审图号：([^<]+)</.exec(mapPage)?.[1];
  test.skip(!review, 'build the demo with PUBLIC_MAP_REVIEW_NUMBER set to check the 审图号 in a browser');

  test('stands at the bottom left of the map, apart from the attribution', async ({ page }) => {
    await interceptTiles(page);
    await page.goto('/map/');
    await settleMaps(page);
    const canvas = page.locator('#map [data-map-canvas]');
    const number = page.locator('#map').getByText(`审图号：${String(review)}`);
    await expect(number).toBeVisible();
    await expect(page.locator('.leaflet-control-attribution')).not.toContainText('审图号');
    const [box, inner] = [await canvas.boundingBox(), await number.boundingBox()];
    if (!box || !inner) throw new Error('map or 审图号 not laid out');
    expect(inner.x - box.x).toBeLessThan(8);
    expect(box.y + box.height - (inner.y + inner.height)).toBeLessThan(8);
    expect(inner.y).toBeGreaterThan(box.y + box.height / 2);
    // Clicks there reach the 审图号, not a tile or a marker under it.
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x as number, y as number)?.hasAttribute('data-map-review-number'),
      [inner.x + 2, inner.y + inner.height / 2],
    );
    expect(hit).toBe(true);
  });

  test('shows without JavaScript, and on the printed route itinerary', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/map/');
    await expect(page.getByText(`审图号：${String(review)}`)).toBeVisible();
    await page.goto('/routes/demo-route-1/');
    const printed = page.locator('article [data-map-review-number]').last();
    await expect(printed).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(printed).toBeVisible();
    await expect(printed).toHaveText(`审图号：${String(review)}`);
    await context.close();
  });
});
